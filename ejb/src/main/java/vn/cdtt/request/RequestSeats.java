package vn.cdtt.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftStaffed;

/**
 * Which members on a shift are a request's helpers. A shift whose seats a request raised has two kinds of seats: the
 * site's usual ones and the request's. Whoever is put on it through the one staffing path for the request – its
 * entry on the open board, its pick list, a swap of one of its helpers – takes a seat of the request, even while a
 * usual seat is free; anyone else takes a usual seat, and a request's seat only when the usual ones are all taken.
 * The assignment keeps the link (the allowance pays it as a mobilised day) and the request counts as being filled.
 * The shift is locked by the staffing path, so the count is exact; the request's row is written after the shift's
 * lock, the order {@link HelperRequestService} takes them in too.
 */
@ApplicationScoped
public class RequestSeats {

    @PersistenceContext
    EntityManager em;

    void placed(@Observes ShiftStaffed event) {
        Shift shift = event.shift();
        Long asked = event.helperRequestId();
        List<HelperRequest> raising = em.createQuery("SELECT x.request FROM HelperRequestSession x WHERE x.shift = :s "
                        + "AND x.request.state IN :seated", HelperRequest.class)
                .setParameter("s", shift).setParameter("seated", RequestState.SEATED).getResultList();
        HelperRequest request = raising.isEmpty() ? null : raising.get(0);
        if (asked != null && (request == null || !request.getId().equals(asked))) {
            throw new InvalidInputException("request.seats.none");
        }
        if (request == null) {
            return;
        }
        long serving = shift.getAssignments().stream()
                .filter(a -> request.getId().equals(a.getHelperRequestId())).count();
        // the new member is counted in filled and not yet among those serving
        boolean usualSeatsFull = shift.getFilled() - serving > shift.getSeats() - request.getHelpers();
        if (asked == null && !usualSeatsFull) {
            return;
        }
        if (serving >= request.getHelpers()) {
            throw new InvalidInputException("request.seats.none");
        }
        event.assignment().serve(request.getId());
        // a bulk update without the version: members filling different sessions at once do not conflict
        em.createQuery("UPDATE HelperRequest r SET r.state = vn.cdtt.request.RequestState.FILLING WHERE r.id = :id "
                + "AND r.state = vn.cdtt.request.RequestState.ACCEPTED").setParameter("id", request.getId())
                .executeUpdate();
    }
}
