package vn.cdtt.web.me;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.AvailabilityService;
import vn.cdtt.duty.Unavailability;
import vn.cdtt.web.common.Actions;

/** The "I cannot come" part of the member portal: declare a date and session with a reason, or withdraw it. */
@Named
@ViewScoped
public class UnavailabilityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AvailabilityService availability;

    private List<Unavailability> rows = List.of();
    private LocalDate date;
    private SessionPart part = SessionPart.MORNING;
    private String reason;

    @PostConstruct
    void reload() {
        rows = Actions.getOrElse(availability::mine, List.of());
    }

    public void declare() {
        // a refusal that names no field ("you are already on duty then") concerns the day chosen
        if (Actions.runAt("date", () -> availability.declare(date, part, reason), "unavailable.added")) {
            date = null;
            reason = null;
            reload();
        }
    }

    public void withdraw(Unavailability u) {
        if (Actions.run(() -> availability.withdraw(u.getId()), "unavailable.withdrawn")) {
            reload();
        }
    }

    public List<Unavailability> getRows() {
        return rows;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public SessionPart getPart() {
        return part;
    }

    public void setPart(SessionPart part) {
        this.part = part;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
