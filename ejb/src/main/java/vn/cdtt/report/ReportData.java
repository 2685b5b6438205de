package vn.cdtt.report;

import java.io.Serializable;
import java.util.List;

/**
 * An issued report as a reader may see it: the province's line and every commune's for province-wide readers; the
 * province's line and their own commune's for a commune coordinator.
 */
public record ReportData(WeeklyReport report, String province, List<ReportLine> lines, List<ReportGroup> groups)
        implements Serializable {

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
