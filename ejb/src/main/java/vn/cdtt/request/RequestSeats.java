package vn.cdtt.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftStaffed;

/**
 * Which members on a shift are a request's helpers. Whoever is put on a shift whose seats a request raised – from the
 * pick list, the open board or by the province – through the one staffing path, and takes a seat beyond the site's
 * usual ones, serves the request: the assignment keeps the link (the allowance pays it as a mobilised day) and the
 * request counts as being filled. The shift is locked by the staffing path, so the count is exact; the request's row is
 * written after the shift's lock, the order {@link HelperRequestService} takes them in too.
 */
@ApplicationScoped
public class RequestSeats {

    @PersistenceContext
    EntityManager em;

    void placed(@Observes ShiftStaffed event) {
        Shift shift = event.shift();
        List<HelperRequest> raising = em.createQuery("SELECT x.request FROM HelperRequestSession x WHERE x.shift = :s "
                        + "AND x.request.state IN :seated", HelperRequest.class)
                .setParameter("s", shift).setParameter("seated", RequestState.SEATED).getResultList();
        if (raising.isEmpty()) {
            return;
        }
        HelperRequest request = raising.get(0);
        long serving = shift.getAssignments().stream()
                .filter(a -> request.getId().equals(a.getHelperRequestId())).count();
        int usualSeats = shift.getSeats() - request.getHelpers();
        if (serving < request.getHelpers() && shift.getFilled() > usualSeats) {
            event.assignment().serve(request.getId());
            // a bulk update without the version: members filling different sessions at once do not conflict
            em.createQuery("UPDATE HelperRequest r SET r.state = vn.cdtt.request.RequestState.FILLING WHERE r.id = :id "
                    + "AND r.state = vn.cdtt.request.RequestState.ACCEPTED").setParameter("id", request.getId())
                    .executeUpdate();
        }
    }
}
