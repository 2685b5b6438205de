package vn.cdtt.web.duty;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.duty.WeekPlan;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.web.common.UserSession;

/**
 * GET /duty/week-plan?commune={id}&amp;week={yyyy-MM-dd, any day of the week}: the commune's printable week plan (A4
 * landscape PDF, {@link WeekPlan}), opened inline so the browser shows it to print or share. web.xml lets only
 * coordinators and viewers into /duty/*; the service checks the commune's scope again.
 */
@WebServlet("/duty/week-plan")
public class WeekPlanServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient WeekPlan plans;

    @Inject
    transient UserSession session;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long commune;
        LocalDate week;
        try {
            commune = Long.valueOf(request.getParameter("commune"));
            week = LocalDate.parse(request.getParameter("week"));
        } catch (NumberFormatException | NullPointerException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = plans.pdf(commune, week, session.getLocale());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        LocalDate monday = week.minusDays(week.getDayOfWeek().getValue() - 1L);
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "inline; filename=\"ke-hoach-truc-" + commune + "-" + monday + ".pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }
}
