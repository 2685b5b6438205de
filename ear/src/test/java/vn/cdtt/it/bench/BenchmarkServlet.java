package vn.cdtt.it.bench;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.security.Role;

/**
 * Benchmark deployments only. GET /test-fixtures/benchmark?members=3000&amp;accounts=20 generates the province:
 * members spread over the 135 communes, three months of shifts (six weeks back, seven ahead) at every site, two
 * members on each, and logins (password Fixtures.PASSWORD): members of the first {@code accounts} communes, and
 * for the load test a province coordinator, a viewer, and a commune coordinator and a centre staff login of each of
 * the first {@code coordinators} communes. Answers "from=…;to=…;communes=…;province=user;members=user,user,…;…".
 * GET ?allowanceMonth=yyyy-MM then confirms the month's past assignments present and puts a policy in force
 * (BenchmarkData.allowanceWork) for the allowance part; answers "attended=…".
 */
@WebServlet("/test-fixtures/benchmark")
public class BenchmarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient BenchmarkData data;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("allowanceMonth") != null) {
            try {
                int attended = data.allowanceWork(YearMonth.parse(request.getParameter("allowanceMonth")));
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("attended=" + attended);
            } catch (SQLException e) {
                throw new IOException(e);
            }
            return;
        }
        int members = Integer.parseInt(request.getParameter("members"));
        int accounts = Integer.parseInt(request.getParameter("accounts"));
        int coordinators = Integer.parseInt(request.getParameter("coordinators"));
        LocalDate from = VietnamTime.today().with(DayOfWeek.MONDAY).minusWeeks(6);
        LocalDate to = from.plusWeeks(13).minusDays(1);
        List<Long> communes = data.communes();
        List<Long> someMembers = new ArrayList<>();
        try {
            for (int i = 0; i < communes.size(); i++) {
                int here = members / communes.size() + (i < members % communes.size() ? 1 : 0);
                List<Long> ids = data.commune(communes.get(i), here, from, to);
                if (someMembers.size() < accounts) {
                    someMembers.add(ids.get(0));
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        List<String> logins = new ArrayList<>();
        for (Long m : someMembers) {
            logins.add(data.account(m));
        }
        List<String> communeCoordinators = new ArrayList<>();
        List<String> staff = new ArrayList<>();
        for (Long commune : communes.subList(0, Math.min(coordinators, communes.size()))) {
            communeCoordinators.add(commune + ":" + data.account(Role.COMMUNE_COORDINATOR, commune));
            staff.add(data.account(Role.CENTRE_STAFF, commune));
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("from=" + from + ";to=" + to + ";communes=" + communes.stream().map(String::valueOf)
                .reduce((a, b) -> a + "," + b).orElse("") + ";province=" + data.account(null) + ";members="
                + String.join(",", logins) + ";coordinators=" + String.join(",", communeCoordinators) + ";staff="
                + String.join(",", staff) + ";viewer=" + data.account(Role.VIEWER, null) + ";shifts=" + data.count("Shift") + ";assignments="
                + data.count("Assignment") + ";memberCount=" + data.count("Member") + ";sites=" + data.count("ServiceSite"));
    }
}
