package vn.cdtt.web.duty;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.primefaces.PrimeFaces;
import vn.cdtt.duty.Candidates;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.roster.Member;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/**
 * The week board's assign dialog (duty/board.xhtml, assignDialog): the ranked candidates of the chosen shift with
 * their figures, one search box, check boxes for several members at once, and the same session on the week's other
 * days of the site, to staff a regular pair in one go. After assigning, the dialog stays open: on the same shift while
 * it has free seats, else on the next shift of the board with free seats (the same site first, in time order), and it
 * closes when the shown week is full – a site-week by hand is a few clicks per session, not five per cell. Also the
 * shift's number of seats.
 */
@Named
@ViewScoped
public class AssignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ShiftService shifts;

    @EJB
    Candidates ranking;

    @Inject
    UserSession session;

    @Inject
    BoardBacking board;

    private Shift selected;
    private Candidates.Ranking candidates = new Candidates.Ranking(List.of(), 0, 0);
    private Map<Long, Boolean> chosen = new HashMap<>();
    private List<Shift> otherDays = List.of();
    private Long[] alsoOn = new Long[0];
    private int seats;
    private String candidateSearch;

    /** Opens the dialog on a cell of the board. */
    public void select(Shift shift) {
        selected = shift;
        seats = shift.getSeats();
        chosen = new HashMap<>();
        alsoOn = new Long[0];
        candidateSearch = null;
        otherDays = board.getRows().stream().filter(r -> r.siteId().equals(shift.getSite().getId()))
                .flatMap(r -> r.cells().values().stream())
                .filter(s -> s.getPart() == shift.getPart() && !s.getId().equals(shift.getId()) && board.fillable(s))
                .sorted(Comparator.comparing(Shift::getDate)).toList();
        searchCandidates();
    }

    /** The ranked list again, narrowed by the search (for the province coordinator: across the province). */
    public void searchCandidates() {
        candidates = Actions.get(() -> ranking.rank(selected.getId(), candidateSearch, Candidates.SHOWN), candidates);
    }

    /** Skills and languages of a candidate, in the user's language. */
    public String catalogues(Member m) {
        Locale locale = Faces.locale();
        return Stream.concat(m.getLanguages().stream().map(x -> x.name(locale)).sorted(),
                m.getSkills().stream().map(x -> x.name(locale)).sorted()).collect(Collectors.joining(", "));
    }

    /** The commune of a candidate from elsewhere (a province coordinator's search), otherwise nothing. */
    public String otherCommune(Member m) {
        return selected != null && !m.getCommune().getId().equals(selected.getCommuneId()) ? m.getCommune().getName() : "";
    }

    /**
     * Assigns every checked member at once to the shift and to the other days ticked (all or none); the dialog then
     * stays on the shift while it has free seats, moves on to the next shift with free seats, or closes.
     */
    public void assign() {
        List<Long> ids = chosen.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        List<Long> shiftIds = new ArrayList<>();
        shiftIds.add(selected.getId());
        shiftIds.addAll(Arrays.asList(alsoOn));
        boolean done = shiftIds.size() == 1
                ? Actions.run(() -> shifts.assignAll(selected.getId(), ids), "board.assign.done", ids.size())
                : Actions.run(() -> shifts.assignAll(shiftIds, ids), "board.assign.doneDays", ids.size(), shiftIds.size());
        if (done) {
            board.reload();
            Long id = selected.getId();
            Optional<Shift> again = board.getRows().stream().flatMap(r -> r.cells().values().stream())
                    .filter(s -> s.getId().equals(id)).findFirst();
            Optional<Shift> next = again.filter(board::fillable).or(() -> nextToFill(again.orElse(selected)));
            if (next.isPresent()) {
                select(next.get());
            } else {
                again.ifPresent(this::select);
                Faces.info("board.assign.weekFull");
                PrimeFaces.current().executeScript("PF('assignDialog').hide()");
            }
        }
    }

    /** The next shift of the board with free seats after this one: the same site first, in time order, then the others. */
    private Optional<Shift> nextToFill(Shift after) {
        Comparator<Shift> time = Comparator.comparing(Shift::getDate).thenComparing(Shift::getStartTime);
        List<Shift> open = board.getRows().stream().flatMap(r -> r.cells().values().stream()).filter(board::fillable)
                .toList();
        return open.stream().filter(s -> s.getSite().getId().equals(after.getSite().getId())).sorted(time)
                .filter(s -> time.compare(s, after) > 0).findFirst()
                .or(() -> open.stream().filter(s -> s.getSite().getId().equals(after.getSite().getId())).min(time))
                .or(() -> open.stream().min(time));
    }

    /** A day of the week for the "also on" choice: "T3 14/01 (0/2)". */
    public String dayLabel(Shift s) {
        return s.getDate().format(DateTimeFormatter.ofPattern("EEE dd/MM", Faces.locale())) + " (" + s.getFilled() + "/"
                + s.getSeats() + ")";
    }

    /** Free seats of the selected shift's row (its site, the week shown), for the row's quick fill. */
    public int getRowFreeSeats() {
        return selected == null ? 0 : board.getRows().stream().filter(r -> r.siteId().equals(selected.getSite().getId()))
                .flatMap(r -> r.cells().values().stream()).filter(board::fillable)
                .mapToInt(s -> s.getSeats() - s.getFilled()).sum();
    }

    public void changeSeats() {
        if (Actions.runAt("seats", () -> shifts.changeSeats(selected.getId(), seats), "common.saved")) {
            board.reload();
            Long id = selected.getId();
            board.getRows().stream().flatMap(r -> r.cells().values().stream()).filter(s -> s.getId().equals(id))
                    .findFirst().ifPresent(this::select);
        }
    }

    public boolean isProvinceCoordinator() {
        return session.is("PROVINCE_COORDINATOR");
    }

    public Shift getSelected() {
        return selected;
    }

    public Candidates.Ranking getCandidates() {
        return candidates;
    }

    public int getFreeSeats() {
        return selected == null ? 0 : Math.max(0, selected.getSeats() - selected.getFilled());
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    public List<Shift> getOtherDays() {
        return otherDays;
    }

    public Long[] getAlsoOn() {
        return alsoOn.clone();
    }

    public void setAlsoOn(Long[] alsoOn) {
        this.alsoOn = alsoOn == null ? new Long[0] : alsoOn.clone();
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }

    public String getCandidateSearch() {
        return candidateSearch;
    }

    public void setCandidateSearch(String candidateSearch) {
        this.candidateSearch = candidateSearch;
    }
}
