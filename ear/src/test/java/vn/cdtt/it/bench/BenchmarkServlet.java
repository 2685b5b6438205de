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
import java.util.ArrayList;
import java.util.List;
import vn.cdtt.common.VietnamTime;

/**
 * Benchmark deployments only. GET /test-fixtures/benchmark?members=3000&amp;accounts=20 generates the province:
 * members spread over the 135 communes, three months of shifts (six weeks back, seven ahead) at every site, two
 * members on each; answers "from=…;to=…;communes=…;province=user;members=user,user,…".
 */
@WebServlet("/test-fixtures/benchmark")
public class BenchmarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient BenchmarkData data;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int members = Integer.parseInt(request.getParameter("members"));
        int accounts = Integer.parseInt(request.getParameter("accounts"));
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
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("from=" + from + ";to=" + to + ";communes=" + communes.stream().map(String::valueOf)
                .reduce((a, b) -> a + "," + b).orElse("") + ";province=" + data.account(null) + ";members="
                + String.join(",", logins) + ";shifts=" + data.count("Shift") + ";assignments="
                + data.count("Assignment") + ";memberCount=" + data.count("Member") + ";sites=" + data.count("ServiceSite"));
    }
}
