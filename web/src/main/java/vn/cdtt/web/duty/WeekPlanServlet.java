package vn.cdtt.web.duty;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.cdtt.common.FileDownload;
import vn.cdtt.duty.WeekPlan;
import vn.cdtt.web.common.FileServlet;
import vn.cdtt.web.common.UserSession;

/**
 * GET /duty/week-plan?commune={id}&amp;week={yyyy-MM-dd, any day of the week}: the commune's printable week plan (A4
 * landscape PDF, {@link WeekPlan}), opened inline so the browser shows it to print or share. web.xml lets only
 * coordinators and viewers into /duty/*; the service checks the commune's scope again.
 */
@WebServlet("/duty/week-plan")
public class WeekPlanServlet extends FileServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient WeekPlan plans;

    @Inject
    transient UserSession session;

    @Override
    protected FileDownload file(HttpServletRequest request) {
        Long commune;
        LocalDate week;
        try {
            commune = Long.valueOf(request.getParameter("commune"));
            week = LocalDate.parse(request.getParameter("week"));
        } catch (NumberFormatException | NullPointerException | DateTimeParseException e) {
            return null;
        }
        return FileDownload.of("ke-hoach-truc-" + commune + "-" + week.with(DayOfWeek.MONDAY) + ".pdf",
                FileDownload.PDF, plans.pdf(commune, week, session.getLocale()));
    }

    @Override
    protected boolean inline() {
        return true;
    }
}
