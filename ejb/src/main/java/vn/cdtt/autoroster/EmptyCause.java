package vn.cdtt.autoroster;

/**
 * Why a seat stays empty, from the facts of its session (bundle keys {@code autoroster.empty.cause.*}): the commune
 * has nobody the run may plan; nobody is free then (every member is unavailable, busy with another duty, on duty
 * elsewhere or already on the shift); the members free then are all at the weekly limit; or someone was free and
 * under the limit, and the solver stopped before it gave them the seat.
 */
public enum EmptyCause {
    NO_MEMBERS, NONE_FREE, WEEK_LIMIT, NOT_REACHED
}
