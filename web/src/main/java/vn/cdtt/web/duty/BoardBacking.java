package vn.cdtt.web.duty;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.cdtt.common.BusinessException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.duty.AvailabilityService;
import vn.cdtt.duty.DutyPattern;
import vn.cdtt.duty.DutyPatternService;
import vn.cdtt.duty.NotPlaced;
import vn.cdtt.duty.Presence;
import vn.cdtt.duty.SwapRequest;
import vn.cdtt.duty.SwapService;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberRow;
import vn.cdtt.roster.MemberService;
import vn.cdtt.web.common.CommuneChoice;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;
import vn.cdtt.web.common.WeekChoice;

/**
 * duty/board.xhtml: a commune's week of shifts. Rows are sites, columns the week's sessions; each cell shows
 * who is on duty and how many seats are filled, and coordinators assign or remove members there.
 */
@Named
@ViewScoped
public class BoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ShiftService shifts;

    @EJB
    CommuneService communes;

    @EJB
    AvailabilityService availability;

    @EJB
    SwapService swaps;

    @EJB
    DutyPatternService patterns;

    @EJB
    AttendanceService attendance;

    @EJB
    MemberService members;

    @Inject
    UserSession session;

    private CommuneChoice commune;
    private final WeekChoice week = new WeekChoice();
    private List<Column> columns = List.of();
    private List<Row> rows = List.of();
    private Shift selected;
    private List<Member> candidates = List.of();
    private Long memberId;
    private int seats;
    private List<AvailabilityService.UnavailableRow> unavailable = List.of();
    private List<NotPlaced> notPlaced = List.of();
    private List<Coverage> days = List.of();
    private Coverage weekCoverage;
    private String candidateSearch;
    private List<SwapRequest> pendingSwaps = List.of();

    /** The weekly patterns dialog. */
    private List<DutyPattern> patternList = List.of();
    private List<vn.cdtt.commune.ServiceSite> sites = List.of();
    private List<MemberRow> activeMembers = List.of();
    private Long patternSiteId;
    private Long patternMemberId;
    private DayOfWeek patternDay = DayOfWeek.MONDAY;
    private SessionPart patternPart = SessionPart.MORNING;
    private LocalDate applyFrom;
    private LocalDate applyTo;

    /** The attendance correction dialog. */
    private Assignment correcting;
    private Presence correctPresence;
    private String correctReason;

    /** One session of the week: a date and a part. */
    public record Column(LocalDate date, SessionPart part) implements Serializable {
        public String key() {
            return date + "-" + part;
        }
    }

    /** Staffed against required seats of a day (or the whole week): the gaps the coordinator still has to fill. */
    public record Coverage(LocalDate date, int filled, int required) implements Serializable {
        public int getShort() {
            return Math.max(0, required - filled);
        }

        public String getState() {
            return filled >= required ? "full" : filled == 0 ? "empty" : "short";
        }
    }

    /** One site with its shifts of the week by column key. */
    public record Row(Long siteId, String siteName, Map<String, Shift> cells) implements Serializable {
        public Shift cell(Column c) {
            return cells.get(c.key());
        }
    }

    /** Query parameters: ?commune=&week= (any day of the week, yyyy-MM-dd), as the coverage page links them. */
    private Long communeParam;
    private LocalDate weekParam;

    @PostConstruct
    void init() {
        commune = new CommuneChoice(session.getCaller(), communes.visibleCommunes(), true);
    }

    /** f:viewAction: applies the query parameters, then reads the week. */
    public void load() {
        if (communeParam != null) {
            commune.setCommuneId(communeParam);
        }
        if (weekParam != null) {
            week.show(weekParam);
        }
        reload();
    }

    public Long getCommuneParam() {
        return communeParam;
    }

    public void setCommuneParam(Long communeParam) {
        this.communeParam = communeParam;
    }

    public LocalDate getWeekParam() {
        return weekParam;
    }

    public void setWeekParam(LocalDate weekParam) {
        this.weekParam = weekParam;
    }

    public void reload() {
        if (commune.getCommuneId() == null) {
            rows = List.of();
            columns = List.of();
            return;
        }
        try {
            List<Shift> shiftsOfWeek = shifts.week(commune.getCommuneId(), week.getMonday());
            TreeSet<String> keys = new TreeSet<>();
            Map<String, Column> byKey = new HashMap<>();
            Map<Long, Row> bySite = new LinkedHashMap<>();
            for (Shift s : shiftsOfWeek) {
                Column c = new Column(s.getDate(), s.getPart());
                keys.add(c.date() + "-" + c.part().ordinal());
                byKey.put(c.date() + "-" + c.part().ordinal(), c);
                bySite.computeIfAbsent(s.getSite().getId(), id -> new Row(id, s.getSite().getName(), new HashMap<>()))
                        .cells().put(c.key(), s);
            }
            columns = keys.stream().map(byKey::get).toList();
            rows = new ArrayList<>(bySite.values());
            Map<LocalDate, int[]> perDay = new java.util.TreeMap<>();
            int[] total = new int[2];
            for (Shift s : shiftsOfWeek) {
                int[] d = perDay.computeIfAbsent(s.getDate(), x -> new int[2]);
                d[0] += s.getFilled();
                d[1] += s.getSeats();
                total[0] += s.getFilled();
                total[1] += s.getSeats();
            }
            days = perDay.entrySet().stream().map(e -> new Coverage(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
            weekCoverage = new Coverage(week.getMonday(), total[0], total[1]);
            unavailable = availability.commune(commune.getCommuneId(), week.getMonday());
            pendingSwaps = swaps.pendingInCommune(commune.getCommuneId());
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    public void previousWeek() {
        notPlaced = List.of();
        week.previous();
        reload();
    }

    public void nextWeek() {
        notPlaced = List.of();
        week.next();
        reload();
    }

    public void thisWeek() {
        week.current();
        reload();
    }

    /** Creates the week's missing shifts from the sites' opening sessions (from today on). */
    public void generate() {
        try {
            LocalDate from = week.getMonday().isBefore(VietnamTime.today()) ? VietnamTime.today() : week.getMonday();
            int n = shifts.generate(commune.getCommuneId(), from, week.getSunday());
            Faces.info("board.generated", n);
            reload();
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    public void changeSeats() {
        try {
            shifts.changeSeats(selected.getId(), seats);
            Faces.info("common.saved");
            reload();
            org.primefaces.PrimeFaces.current().executeScript("PF('assignDialog').hide()");
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }

    /** Last week's plan onto this week; who could not be placed is listed with the reason. */
    public void copyPreviousWeek() {
        try {
            notPlaced = shifts.copyPreviousWeek(commune.getCommuneId(), week.getMonday());
            Faces.info("board.copied", notPlaced.size());
            reload();
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    public List<NotPlaced> getNotPlaced() {
        return notPlaced;
    }

    public String reason(NotPlaced n) {
        return Faces.text(n.reasonKey(), n.memberName());
    }

    public void select(Shift shift) {
        selected = shift;
        seats = shift.getSeats();
        memberId = null;
        candidateSearch = null;
        searchCandidates();
    }

    /** The pick list again, filtered by name (for the province coordinator: across the province). */
    public void searchCandidates() {
        try {
            candidates = shifts.candidates(selected.getId(), candidateSearch);
        } catch (BusinessException e) {
            candidates = List.of();
            Faces.error(e);
        }
    }

    /** "Name · phone · skills · languages", with the commune when it is another one. */
    public String candidateLabel(Member m) {
        java.util.Locale locale = Faces.locale();
        StringBuilder b = new StringBuilder(m.getFullName()).append(" · ").append(m.getPhone());
        if (!m.getSkills().isEmpty()) {
            b.append(" · ").append(m.getSkills().stream().map(x -> x.name(locale)).sorted()
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (!m.getLanguages().isEmpty()) {
            b.append(" · ").append(m.getLanguages().stream().map(x -> x.name(locale)).sorted()
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (selected != null && !m.getCommune().getId().equals(selected.getCommuneId())) {
            b.append(" · ").append(m.getCommune().getName());
        }
        return b.toString();
    }

    public void approve(SwapRequest r) {
        try {
            swaps.approve(r.getId());
            Faces.info("swap.approved");
            reload();
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    public void reject(SwapRequest r) {
        try {
            swaps.reject(r.getId());
            Faces.info("swap.rejected");
            reload();
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    public void openPatterns() {
        try {
            sites = communes.sites(commune.getCommuneId());
        } catch (BusinessException e) {
            sites = List.of();
            Faces.error(e);
        }
        patternSiteId = sites.isEmpty() ? null : sites.get(0).getId();
        patternMemberId = null;
        LocalDate nextMonday = VietnamTime.today().with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
        applyFrom = week.getMonday().isAfter(VietnamTime.today()) ? week.getMonday() : nextMonday;
        applyTo = applyFrom.plusWeeks(4).minusDays(1);
        reloadPatterns();
    }

    private void reloadPatterns() {
        try {
            patternList = patterns.list(commune.getCommuneId());
            vn.cdtt.roster.MemberFilter filter = new vn.cdtt.roster.MemberFilter();
            filter.setCommuneId(commune.getCommuneId());
            filter.setStatus(vn.cdtt.roster.MemberStatus.ACTIVE);
            activeMembers = members.search(filter, new vn.cdtt.common.PageRequest(0,
                    vn.cdtt.common.PageRequest.MAX_SIZE, null, true)).rows();
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    public void addPattern() {
        try {
            patterns.add(patternSiteId, patternMemberId, patternDay, patternPart);
            Faces.info("pattern.added");
            patternMemberId = null;
            reloadPatterns();
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    public void removePattern(DutyPattern p) {
        try {
            patterns.remove(p.getId());
            Faces.info("pattern.removed");
            reloadPatterns();
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    public void applyPatterns() {
        try {
            notPlaced = patterns.apply(commune.getCommuneId(), applyFrom, applyTo);
            Faces.info("pattern.applied", notPlaced.size());
            reload();
            org.primefaces.PrimeFaces.current().executeScript("PF('patternDialog').hide()");
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    /** Sites of the commune, for the pattern dialog. */
    public List<vn.cdtt.commune.ServiceSite> getSites() {
        return sites;
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public void startCorrect(Assignment a) {
        correcting = a;
        correctPresence = a.getPresence() == Presence.ABSENT ? Presence.PRESENT : Presence.ABSENT;
        correctReason = null;
    }

    public void correct() {
        try {
            attendance.correct(correcting.getId(), correctPresence, correctReason);
            Faces.info("attendance.corrected");
            reload();
            org.primefaces.PrimeFaces.current().executeScript("PF('correctDialog').hide()");
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    /** Started shifts show attendance; coordinators correct it there. */
    public boolean started(Shift s) {
        return s != null && s.hasStarted(VietnamTime.now());
    }

    public Presence[] getPresences() {
        return Presence.values();
    }

    public void assign() {
        try {
            shifts.assign(selected.getId(), memberId);
            Faces.info("board.assigned");
            reload();
            org.primefaces.PrimeFaces.current().executeScript("PF('assignDialog').hide()");
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    public void remove(Shift shift, Member member) {
        try {
            shifts.unassign(shift.getId(), member.getId());
            Faces.info("board.removed", member.getFullName());
            reload();
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    /** full, short or empty: the cell's colour. */
    public String state(Shift s) {
        if (s == null) {
            return "closed";
        }
        return s.getFilled() >= s.getSeats() ? "full" : s.getFilled() == 0 ? "empty" : "short";
    }

    public boolean isCanEdit() {
        return session.isCoordinator();
    }

    public boolean editable(Shift s) {
        return s != null && isCanEdit() && !s.hasStarted(VietnamTime.now());
    }

    public List<Coverage> getDayCoverage() {
        return days;
    }

    public Coverage getWeekCoverage() {
        return weekCoverage;
    }

    /** Staffed against required seats of one session (all sites), for the board's footer. */
    public Coverage columnCoverage(Column c) {
        int filled = 0;
        int required = 0;
        for (Row r : rows) {
            Shift s = r.cell(c);
            if (s != null) {
                filled += s.getFilled();
                required += s.getSeats();
            }
        }
        return new Coverage(c.date(), filled, required);
    }

    public List<SwapRequest> getPendingSwaps() {
        return pendingSwaps;
    }

    public String getCandidateSearch() {
        return candidateSearch;
    }

    public void setCandidateSearch(String candidateSearch) {
        this.candidateSearch = candidateSearch;
    }

    public boolean isProvinceCoordinator() {
        return session.is("PROVINCE_COORDINATOR");
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

    public Assignment getCorrecting() {
        return correcting;
    }

    public Presence getCorrectPresence() {
        return correctPresence;
    }

    public void setCorrectPresence(Presence correctPresence) {
        this.correctPresence = correctPresence;
    }

    public String getCorrectReason() {
        return correctReason;
    }

    public void setCorrectReason(String correctReason) {
        this.correctReason = correctReason;
    }

    public List<AvailabilityService.UnavailableRow> getUnavailable() {
        return unavailable;
    }

    public CommuneChoice getCommune() {
        return commune;
    }

    public WeekChoice getWeek() {
        return week;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Shift getSelected() {
        return selected;
    }

    public List<Member> getCandidates() {
        return candidates;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }
}
