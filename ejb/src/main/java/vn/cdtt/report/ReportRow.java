package vn.cdtt.report;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/** A frozen row of an issued weekly report: which report, and which line of it (0, the province). */
@MappedSuperclass
public abstract class ReportRow implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    protected ReportRow() {
    }

    ReportRow(Long reportId, int lineNo) {
        this.reportId = reportId;
        this.lineNo = lineNo;
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public int getLineNo() {
        return lineNo;
    }
}
