package vn.cdtt.web.duty;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.duty.Presence;
import vn.cdtt.web.common.Actions;

/** The week board's attendance correction dialog (duty/board.xhtml, correctDialog): a new verdict with a reason. */
@Named
@ViewScoped
public class CorrectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AttendanceService attendance;

    @Inject
    BoardBacking board;

    private Assignment correcting;
    private Presence correctPresence;
    private String correctReason;

    /** Opens the dialog on a name of a started shift, offering the opposite of today's verdict. */
    public void startCorrect(Assignment a) {
        correcting = a;
        correctPresence = a.getPresence() == Presence.ABSENT ? Presence.PRESENT : Presence.ABSENT;
        correctReason = null;
    }

    public void correct() {
        if (Actions.run(() -> attendance.correct(correcting.getId(), correctPresence, correctReason),
                "attendance.corrected")) {
            board.reload();
            PrimeFaces.current().executeScript("PF('correctDialog').hide()");
        }
    }

    public Presence[] getPresences() {
        return Presence.values();
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
}
