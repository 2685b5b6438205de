package vn.cdtt.web.duty;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.AvailabilityService;
import vn.cdtt.duty.CommuneCoverage;
import vn.cdtt.duty.CoverageService;
import vn.cdtt.duty.NotPlaced;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.roster.Member;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.CommuneChoice;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;
import vn.cdtt.web.common.WeekChoice;

/**
 * duty/board.xhtml: a commune's week of shifts. Rows are sites, columns the week's sessions; each cell shows
 * who is on duty and how many seats are filled. The board creates, copies and clears shifts itself; its dialogs
 * have their own beans ({@link AssignBacking}, {@link PatternsBacking}, {@link CorrectionBacking}) and so do the
 * swaps waiting for approval below it ({@link SwapApprovalsBacking}), which hear of each new week through a
 * {@link BoardShown} event.
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
    CoverageService coverage;

    @Inject
    UserSession session;

    @Inject
    Event<BoardShown> shown;

    private CommuneChoice commune;
    private final WeekChoice week = new WeekChoice();
    private List<Column> columns = List.of();
    private List<Row> rows = List.of();
    private List<Row> allRows = List.of();
    private List<AvailabilityService.UnavailableRow> unavailable = List.of();
    private List<NotPlaced> notPlaced = List.of();
    private List<Coverage> days = List.of();
    private Coverage weekCoverage;

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

    /** The board now shows this commune's week (after a change of commune or week, or of its shifts). */
    public record BoardShown(Long communeId, LocalDate monday) {
    }

    /**
     * Query parameters ?commune=&site=&week= (the week by any of its days, yyyy-MM-dd), as the coverage page links them
     * and as the board's own week buttons are links: reload, back and bookmarks keep the week. Read as text so that a
     * wrong one falls back to a default with a message instead of an error page.
     */
    private String communeParam;
    private String siteParam;
    private String weekParam;

    /** Why the board opened on this commune (the province coordinator's default), or null. */
    private String attention;

    /** The one site the board is narrowed to, or null for every site of the commune. */
    private Long siteId;

    @PostConstruct
    void init() {
        commune = new CommuneChoice(session.getCaller(), communes.visibleCommunes(), true);
    }

    /**
     * f:viewAction: applies the query parameters, then reads the week. Without a commune, the province coordinator's
     * board opens on the commune with the most seats short that week, not the first in the alphabet.
     */
    public void load() {
        // f:view applies the user's language only when rendering: the messages below are written before that
        jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().setLocale(session.getLocale());
        if (weekParam != null && !weekParam.isBlank()) {
            try {
                week.show(LocalDate.parse(weekParam.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                Faces.error(null, "board.param.week");
            }
        }
        Long requested = number(communeParam);
        if (requested != null && commune.getOptions().stream().anyMatch(c -> c.getId().equals(requested))
                && (commune.isProvinceWide() || requested.equals(commune.getCommuneId()))) {
            commune.setCommuneId(requested);
        } else if (communeParam != null && !communeParam.isBlank()) {
            Faces.error(null, "board.param.commune");
        }
        if (commune.isProvinceWide() && requested == null) {
            openNeediest();
        }
        siteId = number(siteParam);
        if (siteParam != null && !siteParam.isBlank() && siteId == null) {
            Faces.error(null, "board.param.site");
        }
        reload();
        if (siteId != null && rows.isEmpty() && !allRows.isEmpty()) {
            siteId = null;
            Faces.error(null, "board.param.site");
            reload();
        }
    }

    /** The commune that needs attention most this week (CoverageService sorts the worst first). */
    private void openNeediest() {
        List<CommuneCoverage> worst = Actions.get(() -> coverage.week(week.getMonday()), List.of());
        if (!worst.isEmpty() && worst.get(0).seatsShort() > 0) {
            CommuneCoverage c = worst.get(0);
            commune.setCommuneId(c.communeId());
            attention = Faces.text("board.attention", Faces.text("CommuneType." + c.communeType()) + " " + c.communeName(),
                    c.seatsShort());
        }
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Another commune chosen: its board, at the week shown, by its own address. */
    public void changeCommune() throws java.io.IOException {
        Faces.redirect("duty/board.xhtml?commune=" + commune.getCommuneId() + "&week=" + week.getMonday());
    }

    public String getCommuneParam() {
        return communeParam;
    }

    public void setCommuneParam(String communeParam) {
        this.communeParam = communeParam;
    }

    public String getSiteParam() {
        return siteParam;
    }

    public void setSiteParam(String siteParam) {
        this.siteParam = siteParam;
    }

    public String getWeekParam() {
        return weekParam;
    }

    public void setWeekParam(String weekParam) {
        this.weekParam = weekParam;
    }

    public String getAttention() {
        return attention;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void reload() {
        if (commune.getCommuneId() == null) {
            rows = List.of();
            allRows = List.of();
            columns = List.of();
            return;
        }
        if (Actions.run(this::read)) {
            shown.fire(new BoardShown(commune.getCommuneId(), week.getMonday()));
        }
    }

    private void read() {
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
        allRows = new ArrayList<>(bySite.values());
        rows = siteId == null ? allRows : allRows.stream().filter(r -> r.siteId().equals(siteId)).toList();
        Map<LocalDate, int[]> perDay = new TreeMap<>();
        int[] total = new int[2];
        for (Shift s : shiftsOfWeek) {
            if (siteId != null && !siteId.equals(s.getSite().getId())) {
                continue;
            }
            int[] d = perDay.computeIfAbsent(s.getDate(), x -> new int[2]);
            d[0] += s.getFilled();
            d[1] += s.getSeats();
            total[0] += s.getFilled();
            total[1] += s.getSeats();
        }
        days = perDay.entrySet().stream().map(e -> new Coverage(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        weekCoverage = new Coverage(week.getMonday(), total[0], total[1]);
        unavailable = availability.commune(commune.getCommuneId(), week.getMonday());
    }

    /** The week buttons are links (the week lives in the address): the Monday before the one shown. */
    public LocalDate getPreviousMonday() {
        return week.getMonday().minusWeeks(1);
    }

    public LocalDate getNextMonday() {
        return week.getMonday().plusWeeks(1);
    }

    public LocalDate getThisMonday() {
        return VietnamTime.today().with(java.time.DayOfWeek.MONDAY);
    }

    /** Creates the week's missing shifts from the sites' opening sessions (from today on). */
    public void generate() {
        LocalDate from = week.getMonday().isBefore(VietnamTime.today()) ? VietnamTime.today() : week.getMonday();
        Integer created = Actions.get(() -> shifts.generate(commune.getCommuneId(), from, week.getSunday()), null);
        if (created != null) {
            Faces.info("board.generated", created);
            reload();
        }
    }

    /** Last week's plan onto this week; who could not be placed is listed with the reason. */
    public void copyPreviousWeek() {
        List<NotPlaced> left = Actions.get(() -> shifts.copyPreviousWeek(commune.getCommuneId(), week.getMonday()), null);
        if (left != null) {
            notPlaced = left;
            Faces.info("board.copied", left.size());
            reload();
        }
    }

    /** Shows who a plan (copy or weekly patterns) could not place, with the reason. */
    public void showNotPlaced(List<NotPlaced> left) {
        notPlaced = left;
    }

    public List<NotPlaced> getNotPlaced() {
        return notPlaced;
    }

    public String reason(NotPlaced n) {
        return Faces.text(n.reasonKey(), n.memberName());
    }

    public void remove(Shift shift, Member member) {
        if (Actions.run(() -> shifts.unassign(shift.getId(), member.getId()), "board.removed", member.getFullName())) {
            reload();
        }
    }

    /**
     * Pins a member's assignment (automatic rostering keeps it) or unpins it (the solver may give the seat to someone
     * else).
     */
    public void pin(Shift shift, Member member, boolean pinned) {
        if (Actions.run(() -> shifts.pin(shift.getId(), member.getId(), pinned),
                pinned ? "board.pinned" : "board.unpinned", member.getFullName())) {
            reload();
        }
    }

    /** "Th 2 07/12 · Sáng": a cell's day and session, shown above it when the days are stacked on a phone. */
    public String label(Column c) {
        return c.date().format(java.time.format.DateTimeFormatter.ofPattern("EEE dd/MM", Faces.locale())) + " · "
                + Faces.text("SessionPart." + c.part());
    }

    /** Started shifts show attendance; coordinators correct it there. */
    public boolean started(Shift s) {
        return s != null && s.hasStarted(VietnamTime.now());
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

    /** A shift the coordinator can still put members on: editable, with a free seat (a full cell offers no "+ Phân công"). */
    public boolean fillable(Shift s) {
        return editable(s) && s.hasFreeSeat();
    }

    /** Whether a site's row has a shift to fill (its quick fill is offered then). */
    public boolean rowFillable(Row r) {
        return r.cells().values().stream().anyMatch(this::fillable);
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
}
