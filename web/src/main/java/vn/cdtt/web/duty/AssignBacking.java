package vn.cdtt.web.duty;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.cdtt.duty.Candidates;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.roster.Member;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/**
 * The week board's assign dialog (duty/board.xhtml, assignDialog): the ranked candidates of the chosen shift with
 * their figures, one search box, check boxes for several members at once; the dialog stays open after assigning so
 * the coordinator sees the cell behind it fill, and the shift's number of seats.
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
    private int seats;
    private String candidateSearch;

    /** Opens the dialog on a cell of the board. */
    public void select(Shift shift) {
        selected = shift;
        seats = shift.getSeats();
        chosen = new HashMap<>();
        candidateSearch = null;
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

    /** Assigns every checked member at once (all or none); the dialog stays open on the refreshed shift. */
    public void assign() {
        List<Long> ids = chosen.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (Actions.run(() -> shifts.assignAll(selected.getId(), ids), "board.assign.done", ids.size())) {
            board.reload();
            Long id = selected.getId();
            board.getRows().stream().flatMap(r -> r.cells().values().stream()).filter(s -> s.getId().equals(id))
                    .findFirst().ifPresent(this::select);
        }
    }

    public void changeSeats() {
        if (Actions.run(() -> shifts.changeSeats(selected.getId(), seats), "common.saved")) {
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
