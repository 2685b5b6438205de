package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Locale;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.security.Callers;

/**
 * The printable week plan of a commune (issue 12 §4, "In kế hoạch tuần" on the duty board): an A4 landscape PDF for
 * the centre's notice board and the commune's chat group, with the members on duty and their phone numbers. Read
 * under the roster's scope: a commune coordinator their own commune only, province-wide readers their province.
 */
@Stateless
public class WeekPlan {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @jakarta.ejb.EJB
    ShiftService shifts;

    /** The week (Monday to Sunday) that holds {@code anyDay}, as a PDF in the given language. */
    public byte[] pdf(Long communeId, LocalDate anyDay, Locale locale) {
        if (communeId == null || anyDay == null) {
            throw new NotFoundException("Commune", communeId);
        }
        Commune commune = em.find(Commune.class, communeId);
        if (commune == null) {
            throw new NotFoundException("Commune", communeId);
        }
        callers.current().requireReadRoster(commune.getProvince().getId(), communeId);
        LocalDate monday = anyDay.minusDays(anyDay.getDayOfWeek().getValue() - 1L);
        return WeekPlanPdf.write(commune, monday, shifts.week(communeId, monday), VietnamTime.now(), locale);
    }
}
