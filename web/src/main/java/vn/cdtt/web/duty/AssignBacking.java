package vn.cdtt.web.duty;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.roster.Member;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/**
 * The week board's assign dialog (duty/board.xhtml, assignDialog): the pick list of members free in the chosen
 * shift's session, searchable by name, and the shift's number of seats.
 */
@Named
@ViewScoped
public class AssignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ShiftService shifts;

    @Inject
    UserSession session;

    @Inject
    BoardBacking board;

    private Shift selected;
    private List<Member> candidates = List.of();
    private Long memberId;
    private int seats;
    private String candidateSearch;

    /** Opens the dialog on a cell of the board. */
    public void select(Shift shift) {
        selected = shift;
        seats = shift.getSeats();
        memberId = null;
        candidateSearch = null;
        searchCandidates();
    }

    /** The pick list again, filtered by name (for the province coordinator: across the province). */
    public void searchCandidates() {
        candidates = Actions.get(() -> shifts.candidates(selected.getId(), candidateSearch), List.of());
    }

    /** "Name · phone · skills · languages", with the commune when it is another one. */
    public String candidateLabel(Member m) {
        Locale locale = Faces.locale();
        StringBuilder b = new StringBuilder(m.getFullName()).append(" · ").append(m.getPhone());
        if (!m.getSkills().isEmpty()) {
            b.append(" · ").append(m.getSkills().stream().map(x -> x.name(locale)).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (!m.getLanguages().isEmpty()) {
            b.append(" · ").append(m.getLanguages().stream().map(x -> x.name(locale)).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (selected != null && !m.getCommune().getId().equals(selected.getCommuneId())) {
            b.append(" · ").append(m.getCommune().getName());
        }
        return b.toString();
    }

    public void assign() {
        if (Actions.run(() -> shifts.assign(selected.getId(), memberId), "board.assigned")) {
            board.reload();
            PrimeFaces.current().executeScript("PF('assignDialog').hide()");
        }
    }

    public void changeSeats() {
        if (Actions.run(() -> shifts.changeSeats(selected.getId(), seats), "common.saved")) {
            board.reload();
            PrimeFaces.current().executeScript("PF('assignDialog').hide()");
        }
    }

    public boolean isProvinceCoordinator() {
        return session.is("PROVINCE_COORDINATOR");
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
