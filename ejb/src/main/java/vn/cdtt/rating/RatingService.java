package vn.cdtt.rating;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.commune.Commune;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * The weekly rating of every commune: GREEN all criteria in force that week met, YELLOW 1–5 not met, RED more.
 * Computed on demand from the criteria whose period covers the week (so a later change of the catalogue never
 * touches an earlier week) and the system's data: a fixed number of statements per week whatever the number of
 * communes ({@link Measurements}). Province coordinators and viewers read every commune of their province, a commune
 * coordinator only their own; nobody else.
 */
@Stateless
public class RatingService {

    /** The weeks of a commune's history page. */
    public static final int HISTORY_WEEKS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Ratings ratings;

    /** Every commune the caller may see, worst first: RED, then YELLOW, each by unmet count, then by name. */
    public List<CommuneRating> ratingsForWeek(LocalDate monday) {
        Caller caller = reader();
        Long only = caller.readsWholeProvince() ? null : caller.communeId();
        return rate(caller, monday.with(DayOfWeek.MONDAY), only);
    }

    /** A commune's last {@code weeks} weeks up to the week of {@code lastMonday}, newest first. */
    public List<WeekRating> ratingHistory(long communeId, LocalDate lastMonday, int weeks) {
        Caller caller = reader();
        Long scoped = caller.communeScope(communeId);
        Commune c = em.find(Commune.class, scoped);
        if (c == null || !c.getProvince().getId().equals(caller.provinceId())) {
            throw new NotFoundException("Commune", communeId);
        }
        if (weeks < 1 || weeks > 104) {
            throw new IllegalArgumentException("weeks " + weeks);
        }
        LocalDate monday = lastMonday.with(DayOfWeek.MONDAY);
        List<WeekRating> history = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate m = monday.minusWeeks(i);
            CommuneRating r = rate(caller, m, scoped).get(0);
            history.add(new WeekRating(m, r.colour(), r.unmet()));
        }
        return history;
    }

    private Caller reader() {
        Caller caller = callers.current();
        if (!caller.is(Role.PROVINCE_COORDINATOR, Role.VIEWER, Role.COMMUNE_COORDINATOR)) {
            throw new AccessDeniedException();
        }
        return caller;
    }

    private List<CommuneRating> rate(Caller caller, LocalDate monday, Long onlyCommune) {
        return ratings.of(caller.provinceId(), monday, onlyCommune, caller.preferredLocale());
    }
}
