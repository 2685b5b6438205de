package vn.cdtt.report;

import vn.cdtt.common.BusinessException;

/** A report of that week was issued already: it is never overwritten; the page offers to show it. */
public class ReportExistsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Long reportId;

    public ReportExistsException(Long reportId, Object weekStart) {
        super("weekly.exists", weekStart);
        this.reportId = reportId;
    }

    public Long getReportId() {
        return reportId;
    }
}
