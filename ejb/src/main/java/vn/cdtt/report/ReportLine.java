package vn.cdtt.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.cdtt.dashboard.WeekFigures;
import vn.cdtt.duty.CoverageLight;
import vn.cdtt.duty.HelpService;

/**
 * One frozen line of a weekly report: a commune's week, or the province's (line 0, no commune), with its rating and
 * the change against the week before. Written once, never updated.
 */
@Entity
@Table(name = "weekly_report_line")
public class ReportLine extends ReportRow {

    private static final long serialVersionUID = 1L;

    @Column(name = "commune_id")
    private Long communeId;

    @Column(name = "commune_name", nullable = false)
    @Size(max = 120)
    private String communeName;

    @Column(name = "shifts_planned", nullable = false)
    private int shiftsPlanned;
    @Column(name = "seats_required", nullable = false)
    private int seatsRequired;
    @Column(name = "seats_filled", nullable = false)
    private int seatsFilled;
    @Column(nullable = false)
    private int assigned;
    @Column(nullable = false)
    private int attended;
    @Column(name = "no_shows", nullable = false)
    private int noShows;
    @Column(name = "helped_vneid", nullable = false)
    private int helpedVneid;
    @Column(name = "helped_online_filing", nullable = false)
    private int helpedOnlineFiling;
    @Column(name = "helped_kiosk", nullable = false)
    private int helpedKiosk;
    @Column(name = "helped_data_entry", nullable = false)
    private int helpedDataEntry;
    @Column(name = "helped_other", nullable = false)
    private int helpedOther;
    @Column(nullable = false)
    private int trainings;
    @Column(nullable = false)
    private int participants;
    @Column(nullable = false)
    private int requests;
    @Column(name = "requests_open", nullable = false)
    private int requestsOpen;
    @Column(name = "requests_filled", nullable = false)
    private int requestsFilled;
    @Column(name = "helper_seats", nullable = false)
    private int helperSeats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CoverageLight rating;

    @Size(max = 500)
    private String unmet;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_before")
    private CoverageLight ratingBefore;

    @Column(name = "delta_filled")
    private Integer deltaFilled;
    @Column(name = "delta_attended")
    private Integer deltaAttended;
    @Column(name = "delta_no_shows")
    private Integer deltaNoShows;
    @Column(name = "delta_helped")
    private Integer deltaHelped;
    @Column(name = "delta_participants")
    private Integer deltaParticipants;

    @Column(name = "late_attended")
    private Integer lateAttended;
    @Column(name = "late_no_shows")
    private Integer lateNoShows;
    @Column(name = "late_helped")
    private Integer lateHelped;
    @Column(name = "late_participants")
    private Integer lateParticipants;

    protected ReportLine() {
    }

    /**
     * @param before  the week before as readers saw it (its frozen line, else its figures counted at issue), or null
     * @param recount the week before counted again now, when it has a frozen line: the difference is what was
     *                corrected late, shown here since the issued report never changes
     */
    ReportLine(Long reportId, int lineNo, String communeName, WeekFigures f, WeeklyReports.Rating rating,
               ReportLine before, WeekFigures recount) {
        super(reportId, lineNo);
        this.communeId = f.communeId();
        this.communeName = communeName.length() > 120 ? communeName.substring(0, 120) : communeName;
        this.shiftsPlanned = f.shifts();
        this.seatsRequired = f.seatsRequired();
        this.seatsFilled = f.seatsFilled();
        this.assigned = f.assigned();
        this.attended = f.attended();
        this.noShows = f.noShows();
        this.helpedVneid = f.helped(HelpService.VNEID);
        this.helpedOnlineFiling = f.helped(HelpService.ONLINE_FILING);
        this.helpedKiosk = f.helped(HelpService.KIOSK);
        this.helpedDataEntry = f.helped(HelpService.DATA_ENTRY);
        this.helpedOther = f.helped(HelpService.OTHER);
        this.trainings = f.trainings();
        this.participants = f.participants();
        this.requests = f.requests();
        this.requestsOpen = f.requestsOpen();
        this.requestsFilled = f.requestsFilled();
        this.helperSeats = f.helperSeats();
        this.rating = rating.colour();
        this.unmet = rating.unmet() == null || rating.unmet().length() <= 500 ? rating.unmet()
                : rating.unmet().substring(0, 500);
        if (before != null) {
            ratingBefore = before.rating;
            deltaFilled = seatsFilled - before.seatsFilled;
            deltaAttended = attended - before.attended;
            deltaNoShows = noShows - before.noShows;
            deltaHelped = getHelped() - before.getHelped();
            deltaParticipants = participants - before.participants;
            if (recount != null) {
                lateAttended = recount.attended() - before.attended;
                lateNoShows = recount.noShows() - before.noShows;
                lateHelped = recount.helpedTotal() - before.getHelped();
                lateParticipants = recount.participants() - before.participants;
            }
        }
    }

    public Long getCommuneId() {
        return communeId;
    }

    public String getCommuneName() {
        return communeName;
    }

    public int getShiftsPlanned() {
        return shiftsPlanned;
    }

    public int getSeatsRequired() {
        return seatsRequired;
    }

    public int getSeatsFilled() {
        return seatsFilled;
    }

    public int getAssigned() {
        return assigned;
    }

    public int getAttended() {
        return attended;
    }

    public int getNoShows() {
        return noShows;
    }

    public int helped(HelpService service) {
        return switch (service) {
            case VNEID -> helpedVneid;
            case ONLINE_FILING -> helpedOnlineFiling;
            case KIOSK -> helpedKiosk;
            case DATA_ENTRY -> helpedDataEntry;
            case OTHER -> helpedOther;
        };
    }

    public int getHelped() {
        return helpedVneid + helpedOnlineFiling + helpedKiosk + helpedDataEntry + helpedOther;
    }

    public int getTrainings() {
        return trainings;
    }

    public int getParticipants() {
        return participants;
    }

    public int getRequests() {
        return requests;
    }

    public int getRequestsOpen() {
        return requestsOpen;
    }

    public int getRequestsFilled() {
        return requestsFilled;
    }

    public int getHelperSeats() {
        return helperSeats;
    }

    public CoverageLight getRating() {
        return rating;
    }

    public String getUnmet() {
        return unmet;
    }

    /** The colour of the week before (its report's, else counted at issue); null on lines issued without it. */
    public CoverageLight getRatingBefore() {
        return ratingBefore;
    }

    /**
     * The unmet criteria as stored ("code name; code name…", the names in Vietnamese): code to stored name, in order.
     * Empty for the province's line (its text is the count per colour).
     */
    public Map<String, String> unmetCriteria() {
        Map<String, String> result = new LinkedHashMap<>();
        if (unmet != null && getLineNo() > 0) {
            for (String part : unmet.split("; ")) {
                String[] codeAndName = part.strip().split(" ", 2);
                if (codeAndName[0].matches("[A-Z0-9_-]+")) {
                    result.put(codeAndName[0], codeAndName.length > 1 ? codeAndName[1] : "");
                }
            }
        }
        return result;
    }

    public Integer getDeltaFilled() {
        return deltaFilled;
    }

    public Integer getDeltaAttended() {
        return deltaAttended;
    }

    public Integer getDeltaNoShows() {
        return deltaNoShows;
    }

    public Integer getDeltaHelped() {
        return deltaHelped;
    }

    public Integer getDeltaParticipants() {
        return deltaParticipants;
    }

    public Integer getLateAttended() {
        return lateAttended;
    }

    public Integer getLateNoShows() {
        return lateNoShows;
    }

    public Integer getLateHelped() {
        return lateHelped;
    }

    public Integer getLateParticipants() {
        return lateParticipants;
    }
}
