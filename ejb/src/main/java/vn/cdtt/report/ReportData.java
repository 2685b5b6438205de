package vn.cdtt.report;

import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.List;
import vn.cdtt.commune.Province;

/**
 * An issued report as a reader may see it: the province's line and every commune's for province-wide readers; the
 * province's line and their own commune's for a commune coordinator.
 */
public record ReportData(WeeklyReport report, String province, List<ReportLine> lines, List<ReportGroup> groups)
        implements Serializable {

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
        return new ReportData(report, em.find(Province.class, report.getProvinceId()).getName(), lines, groups);
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
}
