package vn.cdtt.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;

/** Trainings held and participants of one target group on a line of a weekly report (frozen). */
@Entity
@Table(name = "weekly_report_group")
public class ReportGroup implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "group_vi", nullable = false)
    private String groupVi;

    @Column(name = "group_en", nullable = false)
    private String groupEn;

    @Column(nullable = false)
    private int sessions;

    @Column(nullable = false)
    private int participants;

    protected ReportGroup() {
    }

    ReportGroup(Long reportId, int lineNo, String groupVi, String groupEn, int sessions, int participants) {
        this.reportId = reportId;
        this.lineNo = lineNo;
        this.groupVi = groupVi;
        this.groupEn = groupEn;
        this.sessions = sessions;
        this.participants = participants;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String group(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? groupEn : groupVi;
    }

    public int getSessions() {
        return sessions;
    }

    public int getParticipants() {
        return participants;
    }
}
