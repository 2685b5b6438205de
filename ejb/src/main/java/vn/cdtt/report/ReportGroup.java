package vn.cdtt.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** Trainings held and participants of one target group on a line of a weekly report (frozen). */
@Entity
@Table(name = "weekly_report_group")
public class ReportGroup extends ReportRow {

    private static final long serialVersionUID = 1L;

    @Column(name = "group_vi", nullable = false)
    @Size(max = 150)
    private String groupVi;

    @Column(name = "group_en", nullable = false)
    @Size(max = 150)
    private String groupEn;

    @Column(nullable = false)
    private int sessions;

    @Column(nullable = false)
    private int participants;

    protected ReportGroup() {
    }

    ReportGroup(Long reportId, int lineNo, String groupVi, String groupEn, int sessions, int participants) {
        super(reportId, lineNo);
        this.groupVi = groupVi;
        this.groupEn = groupEn;
        this.sessions = sessions;
        this.participants = participants;
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
