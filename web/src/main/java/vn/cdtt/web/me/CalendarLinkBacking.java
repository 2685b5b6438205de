package vn.cdtt.web.me;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import vn.cdtt.duty.CalendarFeed;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;

/** The private calendar link of me/shifts.xhtml: made on first use, replaced on demand (the old one stops working). */
@Named
@ViewScoped
public class CalendarLinkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CalendarFeed calendar;

    private String calendarUrl;

    /** The private calendar URL (made on first use). */
    public void showCalendar() {
        calendarUrl = Actions.get(() -> absolute(calendar.myToken()), calendarUrl);
    }

    public void regenerateCalendar() {
        String url = Actions.get(() -> absolute(calendar.regenerate()), null);
        if (url != null) {
            calendarUrl = url;
            Faces.info("calendar.regenerated");
        }
    }

    private static String absolute(String token) {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.indexOf(request.getRequestURI())) + ext.getRequestContextPath();
        return base + "/calendar/" + token + ".ics";
    }

    public String getCalendarUrl() {
        return calendarUrl;
    }
}
