package vn.cdtt.rating;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cdtt.common.VietnameseText;

/**
 * Rates communes for a week against the criteria in force on its Monday, worst first. It does not check the caller:
 * {@link RatingService} does for people, the weekly report (run by its timer) reads the whole province.
 */
@Dependent
public class Ratings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Measurements measurements;

    /** Every commune of the province (or only {@code onlyCommune}), criteria named in {@code locale}. */
    public List<CommuneRating> of(long provinceId, LocalDate monday, Long onlyCommune, Locale locale) {
        List<RatingCriterion> criteria = em.createQuery("SELECT c FROM RatingCriterion c WHERE c.provinceId = :p "
                        + "AND c.validFrom <= :m AND (c.validTo IS NULL OR c.validTo >= :m) ORDER BY c.code",
                RatingCriterion.class).setParameter("p", provinceId).setParameter("m", monday).getResultList();
        var communeQuery = em.createQuery("SELECT c.id, c.name FROM Commune c WHERE c.province.id = :p"
                + (onlyCommune == null ? "" : " AND c.id = :c"), Object[].class).setParameter("p", provinceId);
        if (onlyCommune != null) {
            communeQuery.setParameter("c", onlyCommune);
        }
        List<Object[]> communes = communeQuery.getResultList();

        Measurements.Week week = measurements.measure(provinceId, onlyCommune, monday, criteria);
        List<CommuneRating> result = new ArrayList<>();
        for (Object[] c : communes) {
            long id = (Long) c[0];
            List<UnmetCriterion> unmet = new ArrayList<>();
            for (RatingCriterion criterion : criteria) {
                if (!week.met(id, criterion)) {
                    unmet.add(new UnmetCriterion(criterion.getCode(), criterion.name(locale)));
                }
            }
            result.add(new CommuneRating(id, (String) c[1], RatingColour.of(unmet.size()), unmet));
        }
        Map<String, String> keys = new HashMap<>();
        result.sort(Comparator.comparing(CommuneRating::colour).reversed()
                .thenComparing(Comparator.comparingInt(CommuneRating::unmetCount).reversed())
                .thenComparing(r -> keys.computeIfAbsent(r.communeName(), VietnameseText::sortKey)));
        return result;
    }
}
