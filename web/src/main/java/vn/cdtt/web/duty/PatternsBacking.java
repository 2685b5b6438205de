package vn.cdtt.web.duty;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.cdtt.common.PageRequest;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.DutyPattern;
import vn.cdtt.duty.DutyPatternService;
import vn.cdtt.duty.NotPlaced;
import vn.cdtt.roster.MemberFilter;
import vn.cdtt.roster.MemberRow;
import vn.cdtt.roster.MemberService;
import vn.cdtt.roster.MemberStatus;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;

/**
 * The week board's weekly patterns dialog (duty/board.xhtml, patternDialog): member X every Monday morning at
 * site Y, kept per commune and applied to a range of dates; who could not be placed is listed on the board.
 */
@Named
@ViewScoped
public class PatternsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DutyPatternService patterns;

    @EJB
    CommuneService communes;

    @EJB
    MemberService members;

    @Inject
    BoardBacking board;

    private List<DutyPattern> patternList = List.of();
    private List<ServiceSite> sites = List.of();
    private List<MemberRow> activeMembers = List.of();
    private Long patternSiteId;
    private Long patternMemberId;
    private DayOfWeek patternDay = DayOfWeek.MONDAY;
    private SessionPart patternPart = SessionPart.MORNING;
    private LocalDate applyFrom;
    private LocalDate applyTo;
    /** Whether the dialog has been opened in this view (its form is rendered from then on). */
    private boolean opened;

    /** Opens the dialog on the board's commune; the range starts at the board's week (never in the past). */
    public void openPatterns() {
        opened = true;
        sites = Actions.get(() -> communes.sites(communeId()), List.of());
        patternSiteId = sites.isEmpty() ? null : sites.get(0).getId();
        patternMemberId = null;
        LocalDate today = VietnamTime.today();
        LocalDate monday = board.getWeek().getMonday();
        applyFrom = monday.isAfter(today) ? monday : today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        applyTo = applyFrom.plusWeeks(4).minusDays(1);
        reloadPatterns();
    }

    private Long communeId() {
        return board.getCommune().getCommuneId();
    }

    private void reloadPatterns() {
        Actions.run(() -> {
            patternList = patterns.list(communeId());
            MemberFilter filter = new MemberFilter();
            filter.setCommuneId(communeId());
            filter.setStatus(MemberStatus.ACTIVE);
            activeMembers = members.search(filter, new PageRequest(0, PageRequest.MAX_SIZE, null, true)).rows();
        });
    }

    public void addPattern() {
        if (Actions.run(() -> patterns.add(patternSiteId, patternMemberId, patternDay, patternPart), "pattern.added")) {
            patternMemberId = null;
            reloadPatterns();
        }
    }

    public void removePattern(DutyPattern p) {
        if (Actions.run(() -> patterns.remove(p.getId()), "pattern.removed")) {
            reloadPatterns();
        }
    }

    public void applyPatterns() {
        List<NotPlaced> left = Actions.get(() -> patterns.apply(communeId(), applyFrom, applyTo), null);
        if (left != null) {
            board.showNotPlaced(left);
            Faces.info("pattern.applied", left.size());
            board.reload();
            PrimeFaces.current().executeScript("PF('patternDialog').hide()");
        }
    }

    /** Sites of the commune, for the pattern dialog. */
    public boolean isOpened() {
        return opened;
    }

    public List<ServiceSite> getSites() {
        return sites;
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public List<DutyPattern> getPatternList() {
        return patternList;
    }

    public List<MemberRow> getActiveMembers() {
        return activeMembers;
    }

    public Long getPatternSiteId() {
        return patternSiteId;
    }

    public void setPatternSiteId(Long patternSiteId) {
        this.patternSiteId = patternSiteId;
    }

    public Long getPatternMemberId() {
        return patternMemberId;
    }

    public void setPatternMemberId(Long patternMemberId) {
        this.patternMemberId = patternMemberId;
    }

    public DayOfWeek getPatternDay() {
        return patternDay;
    }

    public void setPatternDay(DayOfWeek patternDay) {
        this.patternDay = patternDay;
    }

    public SessionPart getPatternPart() {
        return patternPart;
    }

    public void setPatternPart(SessionPart patternPart) {
        this.patternPart = patternPart;
    }

    public LocalDate getApplyFrom() {
        return applyFrom;
    }

    public void setApplyFrom(LocalDate applyFrom) {
        this.applyFrom = applyFrom;
    }

    public LocalDate getApplyTo() {
        return applyTo;
    }

    public void setApplyTo(LocalDate applyTo) {
        this.applyTo = applyTo;
    }
}
