package vn.cdtt.it.browser;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.security.Role;

/**
 * Test deployments only. GET /test-fixtures/shift-now?member=Name&amp;partner=Name builds, in xã Chư Prông, two new
 * members (the first with a member account), a shift under way now with both on it, and a centre staff account of
 * its site; answers "member=…;staff=…;site=…" (accounts use {@link Fixtures#PASSWORD}). No page can create a shift
 * that has already started, so the browser tests need this door. GET /test-fixtures/allowance-month?commune=21829
 * builds, in that commune, a member with a shift attended on the 10th of last month and a coordinator account of
 * the commune; answers "coordinator=…" (no page records attendance of a past month without a coordinator).
 */
@WebServlet("/test-fixtures/*")
public class FixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Fixtures fixtures;

    /** GET /test-fixtures/member?commune=23575&amp;name=…: a new active member with a member account; answers its login. */
    private void member(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long commune = fixtures.commune(parameter(request, "commune"));
        Long member = fixtures.member(commune, parameter(request, "name"));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("member=" + fixtures.account(Role.MEMBER, commune, member) + ";id=" + member);
    }

    private void allowanceMonth(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long commune = fixtures.commune(parameter(request, "commune"));
        Long member = fixtures.member(commune, "Phạm Thị Chi");
        fixtures.attendedShift(commune, YearMonth.from(VietnamTime.today()).minusMonths(1).atDay(10), member);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("coordinator=" + fixtures.account(Role.COMMUNE_COORDINATOR, commune));
    }

    /**
     * GET /test-fixtures/helper-request: in xã Đak Sơmei, the centre's Friday-morning shift two weeks ahead planned with
     * one of its two usual members (a usual seat is free, as on the demo's next week), a centre staff account of the
     * centre, a coordinator account, and a member with an account who will take a helper seat; answers
     * "staff=…;coordinator=…;helper=…;friday=dd/MM/yyyy".
     */
    private void helperRequest(HttpServletResponse response) throws IOException {
        Long commune = fixtures.commune("23683");
        Long site = fixtures.centreOf(commune);
        LocalDate friday = VietnamTime.today().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        fixtures.plannedShift(site, friday, SessionPart.MORNING, fixtures.member(commune, "Rơ Châm Một"));
        String helper = fixtures.account(Role.MEMBER, commune, fixtures.member(commune, "Ksor Thị Hiền"));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("staff=" + fixtures.staffOf(site) + ";coordinator="
                + fixtures.account(Role.COMMUNE_COORDINATOR, commune) + ";helper=" + helper + ";friday="
                + friday.format(VietnamTime.DATE));
    }

    /**
     * GET /test-fixtures/autoroster: in xã Nhơn Châu (no other test uses it), five new members and a coordinator account
     * of the commune, for a one-click commune week; all but one are away next Thursday afternoon, so one seat of it
     * stays empty, for a reason; answers "coordinator=…".
     */
    private void autoRoster(HttpServletResponse response) throws IOException {
        Long commune = fixtures.commune("21607");
        LocalDate thursday = VietnamTime.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(3);
        for (int i = 1; i <= 5; i++) {
            Long member = fixtures.member(commune, "Thành viên Tự Động " + i);
            if (i > 1) {
                fixtures.unavailable(member, thursday, SessionPart.AFTERNOON, "Họp chi đoàn");
            }
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("coordinator=" + fixtures.account(Role.COMMUNE_COORDINATOR, commune));
    }

    /**
     * GET /test-fixtures/phone-card?when=now|later&amp;member=…&amp;partner=…: in xã An Bình, two new members on a shift
     * under way now (check-in open, past the cut-off) or three days ahead (neither), and a coordinator account of the
     * commune; answers "member=…;coordinator=…".
     */
    private void phoneCard(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long commune = fixtures.commune("23614");
        Long member = fixtures.member(commune, parameter(request, "member"));
        Long partner = fixtures.member(commune, parameter(request, "partner"));
        if ("now".equals(parameter(request, "when"))) {
            fixtures.shiftNow(commune, member, partner);
        } else {
            fixtures.shiftAt(commune, VietnamTime.today().plusDays(3), java.time.LocalTime.of(7, 30),
                    java.time.LocalTime.of(11, 30), member, partner);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("member=" + fixtures.account(Role.MEMBER, commune, member) + ";coordinator="
                + fixtures.account(Role.COMMUNE_COORDINATOR, commune));
    }

    /**
     * GET /test-fixtures/shift-soon?opensIn=30&amp;member=…&amp;partner=…: in xã Chư Prông, two new members on a shift
     * of today whose check-in window (from 30 minutes before the start) opens in that many seconds; answers
     * "member=…" (409 close to midnight, when the shift would not fit into today).
     */
    private void shiftSoon(HttpServletRequest request, HttpServletResponse response) throws IOException {
        java.time.LocalDateTime start = VietnamTime.now().withNano(0)
                .plus(vn.cdtt.duty.Assignment.CHECK_IN_EARLY).plusSeconds(Long.parseLong(parameter(request, "opensIn")));
        if (!start.toLocalDate().equals(VietnamTime.today()) || start.toLocalTime().isAfter(java.time.LocalTime.of(23, 0))) {
            response.sendError(HttpServletResponse.SC_CONFLICT, "too close to midnight");
            return;
        }
        Long commune = fixtures.commune("23887");
        Long member = fixtures.member(commune, parameter(request, "member"));
        Long partner = fixtures.member(commune, parameter(request, "partner"));
        fixtures.shiftAt(commune, start.toLocalDate(), start.toLocalTime(), start.toLocalTime().plusMinutes(50),
                member, partner);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("member=" + fixtures.account(Role.MEMBER, commune, member));
    }

    /**
     * GET /test-fixtures/board-week: in xã Hội Sơn (no other test uses it), a new site open Monday to Friday, mornings
     * and afternoons, two seats each, four new members and a coordinator account of the commune, and a week no other
     * test has; answers "coordinator=…;commune=…;site=…;week=yyyy-MM-dd".
     */
    private void boardWeek(HttpServletResponse response) throws IOException {
        Long commune = fixtures.commune("21868");
        Long site = fixtures.openSite(commune);
        for (int i = 1; i <= 4; i++) {
            fixtures.member(commune, "Thành viên Bảng Tuần " + i);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("coordinator=" + fixtures.account(Role.COMMUNE_COORDINATOR, commune) + ";commune="
                + commune + ";site=" + site + ";week=" + fixtures.nextMonday());
    }

    /** A query parameter decoded as UTF-8 whatever the container's default for query strings. */
    private static String parameter(HttpServletRequest request, String name) {
        for (String pair : request.getQueryString().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/helper-request".equals(request.getPathInfo())) {
            helperRequest(response);
            return;
        }
        if ("/coordinator".equals(request.getPathInfo())) {
            // a commune coordinator of the commune of that code, and a phone, a CCCD and a number no one has used:
            // "coordinator=<username>;phone=<phone>;cccd=<cccd>;n=<number>"
            Long commune = fixtures.commune(parameter(request, "commune"));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("coordinator=" + fixtures.account(Role.COMMUNE_COORDINATOR, commune) + ";phone="
                    + Fixtures.uniquePhone() + ";cccd=" + Fixtures.uniqueCitizenId() + ";n=" + Fixtures.next());
            return;
        }
        if ("/member".equals(request.getPathInfo())) {
            member(request, response);
            return;
        }
        if ("/board-week".equals(request.getPathInfo())) {
            boardWeek(response);
            return;
        }
        if ("/autoroster".equals(request.getPathInfo())) {
            autoRoster(response);
            return;
        }
        if ("/phone-card".equals(request.getPathInfo())) {
            phoneCard(request, response);
            return;
        }
        if ("/shift-soon".equals(request.getPathInfo())) {
            shiftSoon(request, response);
            return;
        }
        if ("/allowance-month".equals(request.getPathInfo())) {
            allowanceMonth(request, response);
            return;
        }
        Long commune = fixtures.commune("23887");
        Long member = fixtures.member(commune, parameter(request, "member"));
        Long partner = fixtures.member(commune, parameter(request, "partner"));
        Long shift = fixtures.shiftNow(commune, member, partner);
        Long site = fixtures.siteOf(shift);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("member=" + fixtures.account(Role.MEMBER, commune, member) + ";staff="
                + fixtures.staffOf(site) + ";site=" + site);
    }
}
