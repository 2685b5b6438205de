package vn.cdtt.report;

import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cdtt.common.Messages;
import vn.cdtt.commune.Province;
import vn.cdtt.duty.CoverageLight;
import vn.cdtt.rating.RatingCriterion;

/**
 * An issued report as a reader may see it: the province's line and every commune's for province-wide readers; the
 * province's line and their own commune's for a commune coordinator. With it, the criteria in force that week (to
 * name the unmet ones in the reader's language) and the province's count of communes per colour this week and the
 * week before (the province's figures: a commune coordinator sees them too, as in the province's line).
 *
 * @param criteria      the criteria in force that week by code, in code order
 * @param colours       communes per colour this week (every commune of the report)
 * @param coloursBefore communes per colour the week before, empty when not known (no colour of the week before)
 * @param previous      the colour of the week before by commune, from the week before's report, for lines issued
 *                      without their own ({@link ReportLine#getRatingBefore()})
 */
public record ReportData(WeeklyReport report, String province, List<ReportLine> lines, List<ReportGroup> groups,
                         Map<String, CriterionName> criteria, Map<CoverageLight, Integer> colours,
                         Map<CoverageLight, Integer> coloursBefore, Map<Long, CoverageLight> previous)
        implements Serializable {

    /** A criterion's names as the catalogue had them that week. */
    public record CriterionName(String code, String vi, String en) implements Serializable {

        public String name(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? en : vi;
        }
    }

    /**
     * An issued report's frozen lines and groups, with the province's name; with {@code commune} only the
     * province's line and that commune's. Checks no caller: the services that call it do.
     */
    static ReportData load(EntityManager em, WeeklyReport report, Long commune) {
        var query = em.createQuery("SELECT l FROM ReportLine l WHERE l.reportId = :r"
                + (commune == null ? "" : " AND (l.communeId IS NULL OR l.communeId = :c)")
                + " ORDER BY l.lineNo", ReportLine.class).setParameter("r", report.getId());
        if (commune != null) {
            query.setParameter("c", commune);
        }
        List<ReportLine> lines = query.getResultList();
        List<ReportGroup> groups = em.createQuery("SELECT g FROM ReportGroup g WHERE g.reportId = :r "
                + "ORDER BY g.lineNo, g.id", ReportGroup.class).setParameter("r", report.getId()).getResultList();
        if (commune != null) {
            List<Integer> visible = lines.stream().map(ReportLine::getLineNo).toList();
            groups = groups.stream().filter(g -> visible.contains(g.getLineNo())).toList();
        }
        Map<String, CriterionName> criteria = new LinkedHashMap<>();
        em.createQuery("SELECT c FROM RatingCriterion c WHERE c.provinceId = :p AND c.validFrom <= :m "
                        + "AND (c.validTo IS NULL OR c.validTo >= :m) ORDER BY c.code", RatingCriterion.class)
                .setParameter("p", report.getProvinceId()).setParameter("m", report.getWeekStart()).getResultList()
                .forEach(c -> criteria.put(c.getCode(), new CriterionName(c.getCode(), c.getNameVi(), c.getNameEn())));
        Map<CoverageLight, Integer> colours = count(em.createQuery("SELECT l.rating, COUNT(l) FROM ReportLine l "
                + "WHERE l.reportId = :r AND l.lineNo > 0 GROUP BY l.rating", Object[].class)
                .setParameter("r", report.getId()).getResultList());
        Map<CoverageLight, Integer> before = count(em.createQuery("SELECT l.ratingBefore, COUNT(l) FROM ReportLine l "
                + "WHERE l.reportId = :r AND l.lineNo > 0 AND l.ratingBefore IS NOT NULL GROUP BY l.ratingBefore",
                Object[].class).setParameter("r", report.getId()).getResultList());
        Map<Long, CoverageLight> previous = new HashMap<>();
        if (before.isEmpty()) {
            // issued before lines kept the colour of the week before: that week's report, when it has one
            List<Object[]> rows = em.createQuery("SELECT l.communeId, l.rating FROM ReportLine l WHERE l.lineNo > 0 "
                            + "AND l.reportId = (SELECT r.id FROM WeeklyReport r WHERE r.provinceId = :p "
                            + "AND r.weekStart = :w)", Object[].class)
                    .setParameter("p", report.getProvinceId()).setParameter("w", report.getWeekStart().minusWeeks(1))
                    .getResultList();
            List<Object[]> counted = new ArrayList<>();
            for (Object[] row : rows) {
                previous.put((Long) row[0], (CoverageLight) row[1]);
                counted.add(new Object[] {row[1], 1L});
            }
            before = count(counted);
        }
        return new ReportData(report, em.find(Province.class, report.getProvinceId()).getName(), lines, groups,
                criteria, colours, before, previous);
    }

    private static Map<CoverageLight, Integer> count(List<Object[]> rows) {
        Map<CoverageLight, Integer> result = new EnumMap<>(CoverageLight.class);
        for (Object[] row : rows) {
            result.merge((CoverageLight) row[0], ((Number) row[1]).intValue(), Integer::sum);
        }
        return result;
    }

    public ReportLine total() {
        return lines.stream().filter(l -> l.getLineNo() == 0).findFirst().orElse(null);
    }

    public List<ReportLine> communes() {
        return lines.stream().filter(l -> l.getLineNo() > 0).toList();
    }

    public List<ReportGroup> groupsOf(ReportLine line) {
        return groups.stream().filter(g -> g.getLineNo() == line.getLineNo()).toList();
    }

    /** Communes of that colour this week. */
    public int count(CoverageLight colour) {
        return colours.getOrDefault(colour, 0);
    }

    /** Communes of that colour the week before; null when the report does not know the week before's colours. */
    public Integer countBefore(CoverageLight colour) {
        return coloursBefore.isEmpty() ? null : coloursBefore.getOrDefault(colour, 0);
    }

    /** A commune's colour the week before, null when not known (and on the province's line). */
    public CoverageLight before(ReportLine line) {
        if (line.getLineNo() == 0) {
            return null;
        }
        return line.getRatingBefore() != null ? line.getRatingBefore() : previous.get(line.getCommuneId());
    }

    /** The names of a line's unmet criteria in the reader's language (the stored Vietnamese name if not found). */
    public List<String> unmetNames(ReportLine line, Locale locale) {
        List<String> names = new ArrayList<>();
        line.unmetCriteria().forEach((code, stored) -> {
            CriterionName c = criteria.get(code);
            names.add(c != null ? c.name(locale) : stored);
        });
        return names;
    }

    /**
     * A line's unmet criteria in the reader's language, their names in full ("name; name"); for the province's line
     * its communes per colour.
     */
    public String unmetText(ReportLine line, Locale locale) {
        if (line.getLineNo() == 0) {
            return Messages.get(locale, "weekly.rating.province", count(CoverageLight.GREEN),
                    count(CoverageLight.YELLOW), count(CoverageLight.RED));
        }
        return String.join("; ", unmetNames(line, locale));
    }

    /** The names of the criteria in force that week that a commune's line met. */
    public List<String> metNames(ReportLine line, Locale locale) {
        Map<String, String> unmet = line.unmetCriteria();
        return criteria.values().stream().filter(c -> !unmet.containsKey(c.code())).map(c -> c.name(locale)).toList();
    }
}
