package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.TestClock;
import vn.cdtt.it.support.WebSession;
import vn.cdtt.security.Role;

/**
 * A check-in made on the phone without signal and sent when it is back online: recorded at the time it was made
 * if that time lies in the check-in window (30 minutes before the start until the end), refused when made outside
 * it, "made" later than now, or for someone else's shift; the page's endpoint answers in the member's language
 * and refuses a request another site could forge.
 */
class OfflineCheckInIT extends IntegrationTest {

    private static final String IA_PA = "21943";
    private static final LocalDate DAY = TestClock.SUITE_START.toLocalDate().plusDays(2);

    @Inject
    AttendanceService attendance;

    @Inject
    HttpServletRequest request;

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(VietnamTime.ZONE).toInstant();
    }

    @Test
    void aCheckInMadeWithoutSignalInTheWindowIsRecordedAtTheTimeItWasMade() {
        Long commune = fixtures.commune(IA_PA);
        Long an = fixtures.member(commune, "Rơ Mah An");
        Long shift = fixtures.shiftAt(commune, DAY, LocalTime.of(8, 0), LocalTime.of(11, 0), an);
        actAs(fixtures.account(Role.MEMBER, commune, an));
        TestClock.setNow(DAY, LocalTime.of(10, 40));   // back in signal long after arriving

        Assignment a = attendance.checkInMadeAt(shift, at(DAY, 7, 40));

        assertEquals(LocalDateTime.of(DAY, LocalTime.of(7, 40)), a.getCheckedInAt(), "the time it was made");
        assertEquals(1, fixtures.auditCount("Assignment", a.getId(), "UPDATE"), "audited like a check-in");
        assertEquals("attendance.alreadyIn", assertThrows(InvalidInputException.class,
                () -> attendance.checkInMadeAt(shift, at(DAY, 7, 45))).getMessageKey(), "sent twice: once only");
    }

    @Test
    void aCheckInMadeBeforeTheWindowOrAfterTheShiftIsRefused() {
        Long commune = fixtures.commune(IA_PA);
        Long binh = fixtures.member(commune, "Siu Bình");
        Long shift = fixtures.shiftAt(commune, DAY, LocalTime.of(8, 0), LocalTime.of(11, 0), binh);
        actAs(fixtures.account(Role.MEMBER, commune, binh));
        TestClock.setNow(DAY, LocalTime.of(12, 0));

        assertEquals("attendance.outsideWindow", assertThrows(InvalidInputException.class,
                () -> attendance.checkInMadeAt(shift, at(DAY, 7, 29))).getMessageKey(), "31 minutes early");
        assertEquals("attendance.outsideWindow", assertThrows(InvalidInputException.class,
                () -> attendance.checkInMadeAt(shift, at(DAY, 11, 0))).getMessageKey(), "at the end");
        assertEquals(LocalDateTime.of(DAY, LocalTime.of(7, 30)), attendance.checkInMadeAt(shift, at(DAY, 7, 30))
                .getCheckedInAt(), "30 minutes early is in");
    }

    @Test
    void aCheckInMadeLaterThanNowIsRefusedBeyondTheClockSkew() {
        Long commune = fixtures.commune(IA_PA);
        Long cuong = fixtures.member(commune, "Ksor Cường");
        Long shift = fixtures.shiftAt(commune, DAY, LocalTime.of(8, 0), LocalTime.of(11, 0), cuong);
        actAs(fixtures.account(Role.MEMBER, commune, cuong));
        TestClock.setNow(DAY, LocalTime.of(8, 0));

        assertEquals("attendance.offline.future", assertThrows(InvalidInputException.class,
                () -> attendance.checkInMadeAt(shift, at(DAY, 8, 5))).getMessageKey());
        LocalDateTime recorded = attendance.checkInMadeAt(shift, at(DAY, 8, 1)).getCheckedInAt();
        assertTrue(!recorded.isAfter(VietnamTime.now()) && !recorded.isBefore(LocalDateTime.of(DAY, LocalTime.of(8, 0))),
                "a phone a minute ahead: recorded, never later than now: " + recorded);
    }

    @Test
    void noCheckInOnAnotherMembersShift() {
        Long commune = fixtures.commune(IA_PA);
        Long dung = fixtures.member(commune, "Rcom Dung");
        Long other = fixtures.member(commune, "Nay Hoa");
        Long shift = fixtures.shiftAt(commune, DAY, LocalTime.of(8, 0), LocalTime.of(11, 0), other);
        actAs(fixtures.account(Role.MEMBER, commune, dung));
        TestClock.setNow(DAY, LocalTime.of(9, 0));

        assertThrows(NotFoundException.class, () -> attendance.checkInMadeAt(shift, at(DAY, 8, 0)));
        assertEquals(0, fixtures.auditCount("Assignment", fixtures.assignment(shift, other), "UPDATE"),
                "nothing recorded for the other member");
    }

    @Test
    void thePhonesEndpointRecordsAnswersInTheMembersLanguageAndRefusesForgedRequests() throws Exception {
        Long commune = fixtures.commune(IA_PA);
        Long em = fixtures.member(commune, "Rơ Châm Em");
        Long shift = fixtures.shiftNow(commune, em);
        String account = fixtures.account(Role.MEMBER, commune, em);
        String base = "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
        WebSession phone = WebSession.signIn(base, account, Fixtures.PASSWORD);
        long made = VietnamTime.now().atZone(VietnamTime.ZONE).toInstant().toEpochMilli();
        String body = "{\"shift\":" + shift + ",\"madeAt\":" + made + "}";

        assertEquals(403, phone.postJson("me/offline-check-in", body).statusCode(), "no custom header: a form");
        assertEquals(403, phone.postJson("me/offline-check-in", body, "X-CDTT-Offline", "1",
                "Origin", "https://evil.example").statusCode(), "another site");
        assertEquals(403, phone.postJson("me/offline-check-in", body, "X-CDTT-Offline", "1",
                "Sec-Fetch-Site", "cross-site").statusCode(), "another site, as the browser says");
        String early = "{\"shift\":" + shift + ",\"madeAt\":" + (made - 3 * 3600_000L) + "}";
        HttpResponse<String> refused = phone.postJson("me/offline-check-in", early, "X-CDTT-Offline", "1",
                "Origin", base.substring(0, base.indexOf('/', "http://".length())));
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("không được ghi nhận") && refused.body().contains("phút trước giờ bắt đầu"),
                refused.body());

        HttpResponse<String> sent = phone.postJson("me/offline-check-in", body, "X-CDTT-Offline", "1",
                "Sec-Fetch-Site", "same-origin");
        assertEquals(200, sent.statusCode(), sent.body());
        assertTrue(sent.body().contains("\"ok\":true") && sent.body().contains("Đã gửi điểm danh"), sent.body());
        actAs(account);
        assertEquals(1, fixtures.auditCount("Assignment", fixtures.assignment(shift, em), "UPDATE"));
    }
}
