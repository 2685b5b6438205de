package vn.cdtt.web.duty;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
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
import java.util.TreeSet;
import vn.cdtt.common.BusinessException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.AvailabilityService;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.roster.Member;
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
    private List<ShiftService.NotPlaced> notPlaced = List.of();

    /** One session of the week: a date and a part. */
    public record Column(LocalDate date, SessionPart part) implements Serializable {
        public String key() {
            return date + "-" + part;
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
                keys.add(c.date() + "-" + (c.part() == SessionPart.MORNING ? "0" : "1"));
                byKey.put(c.date() + "-" + (c.part() == SessionPart.MORNING ? "0" : "1"), c);
                bySite.computeIfAbsent(s.getSite().getId(), id -> new Row(id, s.getSite().getName(), new HashMap<>()))
                        .cells().put(c.key(), s);
            }
            columns = keys.stream().map(byKey::get).toList();
            rows = new ArrayList<>(bySite.values());
            unavailable = availability.commune(commune.getCommuneId(), week.getMonday());
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

    public List<ShiftService.NotPlaced> getNotPlaced() {
        return notPlaced;
    }

    public String reason(ShiftService.NotPlaced n) {
        return Faces.text(n.reasonKey(), n.memberName());
    }

    public void select(Shift shift) {
        selected = shift;
        seats = shift.getSeats();
        memberId = null;
        try {
            candidates = shifts.candidates(shift.getId());
        } catch (BusinessException e) {
            candidates = List.of();
            Faces.error(e);
        }
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
