package vn.cdtt.autoroster;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * One seat of a shift (the planning entity). Seats of existing assignments are pinned: the solver never moves
 * them. An empty seat may stay empty ({@code allowsUnassigned}): no hard rule is broken to fill it, an empty seat
 * only costs a medium point. Each seat has its own candidates – the members who may sit there (its commune's, or
 * the province's when the run allows other communes) – so the solver never tries a member of another commune
 * when that is not allowed, and a province month stays small enough to solve in seconds.
 */
@PlanningEntity
public class Seat {

    @PlanningId
    private String id;

    private PlanShift shift;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "candidates")
    private PlanMember member;

    @PlanningPin
    private boolean pinned;

    /** The member of the existing assignment this seat holds (null: an empty seat). */
    private PlanMember original;

    /** Shared by the seats of a commune: never copied per seat. */
    @ValueRangeProvider(id = "candidates")
    private List<PlanMember> candidates = List.of();

    public Seat() {
    }

    public Seat(String id, PlanShift shift, PlanMember member, boolean pinned) {
        this.id = id;
        this.shift = shift;
        this.member = member;
        this.pinned = pinned;
    }

    /** An empty seat the solver fills. */
    public static Seat open(PlanShift shift, int index) {
        return new Seat(shift.getId() + "/" + shift.getDate() + "/" + shift.getSiteId() + "/" + shift.getPart()
                + "#" + index, shift, null, false);
    }

    /** The seat of an assignment that exists already (pinned: the solver keeps it). */
    public static Seat taken(PlanShift shift, PlanMember member) {
        Seat seat = new Seat(shift.getId() + "/" + shift.getDate() + "/" + shift.getSiteId() + "/" + shift.getPart()
                + "@" + member.getId(), shift, member, true);
        seat.original = member;
        return seat;
    }

    /**
     * The seat of an existing assignment a coordinator unpinned: the member is the solver's starting value, and the
     * solver may give the seat to someone else (a move) or keep them there.
     */
    public static Seat movable(PlanShift shift, PlanMember member) {
        Seat seat = taken(shift, member);
        seat.pinned = false;
        return seat;
    }

    /** Sets who may sit here (the same list for every seat of a commune). */
    public Seat withCandidates(List<PlanMember> candidates) {
        this.candidates = candidates;
        return this;
    }

    public List<PlanMember> getCandidates() {
        return candidates;
    }

    public String getId() {
        return id;
    }

    public PlanShift getShift() {
        return shift;
    }

    public PlanMember getMember() {
        return member;
    }

    public void setMember(PlanMember member) {
        this.member = member;
    }

    public boolean isPinned() {
        return pinned;
    }

    /** The member of the existing assignment on this seat, or null for a seat that was empty. */
    public PlanMember getOriginal() {
        return original;
    }

    /** Does the plan put someone else on an existing (unpinned) assignment's seat? */
    public boolean isMove() {
        return !pinned && original != null && member != null && member != original;
    }

    /** Does the plan put a member on this seat that the database does not have yet (a new seat or a move)? */
    public boolean isChange() {
        return !pinned && member != null && member != original;
    }

    @Override
    public String toString() {
        return shift + " ← " + member;
    }
}
