package vn.cdtt.web.me;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.duty.HelpService;
import vn.cdtt.duty.Shift;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.NumberField;

/**
 * The citizens-helped sheet of me/shifts.xhtml (helpedForm, a plain form at the top of the page): how many citizens a shift helped, by service
 * (counts only, never who).
 */
@Named
@ViewScoped
public class HelpedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AttendanceService attendance;

    @Inject
    MyShiftsBacking myShifts;

    private Assignment helpedFor;
    private List<NumberField<HelpService>> helped = List.of();

    /** Opens the dialog on one of my past assignments. */
    public void startHelped(Assignment a) {
        helpedFor = a;
        helped = Arrays.stream(HelpService.values()).map(s -> new NumberField<>(s, a.helped(s))).toList();
    }

    /** From a shift card: my assignment on it. */
    public void startHelpedOn(Shift s) {
        startHelped(myShifts.mine(s));
    }

    public void saveHelped() {
        Map<HelpService, Integer> counts = new EnumMap<>(HelpService.class);
        helped.forEach(r -> counts.put(r.getKey(), r.getValue()));
        if (Actions.run(() -> attendance.logHelped(helpedFor.getId(), counts), "helped.saved")) {
            myShifts.reload();
            close();
        }
    }

    /** Closes the citizens-helped sheet (Huỷ, or once saved). */
    public void close() {
        helpedFor = null;
        helped = List.of();
    }

    public Assignment getHelpedFor() {
        return helpedFor;
    }

    public List<NumberField<HelpService>> getHelped() {
        return helped;
    }
}
