package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import vn.cdtt.account.AccountService;
import vn.cdtt.common.Messages;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.PageRequest;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.CalendarFeed;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftReminders;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.WebSession;
import vn.cdtt.notification.Inbox;
import vn.cdtt.notification.MailStatus;
import vn.cdtt.notification.Notification;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.notification.NotificationTarget;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/** Members hear of their duties: inbox, e-mail (the demo outbox), the day-before reminder and the calendar feed. */
class NotificationIT extends IntegrationTest {

    private static final String IA_GRAI = "23764";

    @Inject
    ShiftService shifts;

    @Inject
    Inbox inbox;

    @Inject
    ShiftReminders reminders;

    @Inject
    CalendarFeed calendar;

    @Inject
    AccountService accounts;

    private Shift futureMondayMorning(Long commune) {
        LocalDate monday = fixtures.nextMonday();
        shifts.generate(commune, monday, monday);
        return shifts.week(commune, monday).stream().filter(s -> s.getPart() == SessionPart.MORNING).findFirst()
                .orElseThrow();
    }

    @Inject
    HttpServletRequest request;

    /**
     * Thông báo on the phone, a page without scripts: 20 notifications a page, newest first, "1–20 trong tổng số 25"
     * and a link to the next page, which shows the other five; "Đánh dấu đã đọc tất cả" posts the form, says how many
     * it marked and leaves none unread.
     */
    @Test
    void theInboxPagesTwentyAtATimeAndMarksAllReadWithPlainLinksAndButtons() throws Exception {
        Long commune = fixtures.commune("23638");
        String member = fixtures.account(Role.MEMBER, commune, fixtures.member(commune, "Siu H'Lan"));
        fixtures.inbox(member, 25, VietnamTime.now());
        WebSession phone = WebSession.signIn("http://localhost:" + request.getLocalPort() + request.getContextPath()
                + "/", member, Fixtures.PASSWORD);

        HttpResponse<String> first = phone.get("account/inbox.xhtml", Duration.ofSeconds(30));
        assertEquals(20, first.body().split("class=\"card inbox-row unread\"", -1).length - 1);
        assertTrue(first.body().contains("Điểm 25") && !first.body().contains("Điểm 5 "), "newest first");
        assertTrue(first.body().contains("1–20 trong tổng số 25"), "the page report");
        assertTrue(first.body().contains("inbox.xhtml?page=2"), "a link to the next page");
        assertFalse(first.body().contains("jquery"), "no jQuery on the page");

        HttpResponse<String> second = phone.get("account/inbox.xhtml?page=2", Duration.ofSeconds(30));
        assertEquals(5, second.body().split("class=\"card inbox-row unread\"", -1).length - 1);
        assertTrue(second.body().contains("21–25 trong tổng số 25") && second.body().contains("Điểm 1 "),
                "the oldest five");

        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"")
                .matcher(first.body());
        assertTrue(nonce.find(), "the form carries the page's nonce");
        HttpResponse<byte[]> marked = phone.post("account/inbox.xhtml", first, "inbox=inbox&inbox%3AmarkAll="
                + URLEncoder.encode("Đánh dấu đã đọc tất cả", StandardCharsets.UTF_8) + "&primefaces.nonce="
                + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8), Duration.ofSeconds(30));
        String answer = new String(marked.body(), StandardCharsets.UTF_8);
        assertTrue(answer.contains("Đã đánh dấu 25 thông báo là đã đọc."), "the answer on the page");
        assertFalse(answer.contains("inbox-row unread"), "none shown unread");
        actAs(member);
        assertEquals(0, inbox.unread());
    }

    @Test
    void anAssignedMemberFindsItInTheInboxAndTheMailUnlessMailIsOff() {
        Long commune = fixtures.commune(IA_GRAI);
        String mail = "an" + fixtures.next() + "@example.vn";
        Long an = fixtures.memberWithEmail(commune, "Nguyễn Văn An", mail);
        String anAccount = fixtures.account(Role.MEMBER, commune, an);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Shift first = futureMondayMorning(commune);

        shifts.assign(first.getId(), an);

        List<String> inboxMessages = fixtures.notifications(anAccount, NotificationKind.ASSIGNED);
        assertEquals(1, inboxMessages.size());
        assertTrue(inboxMessages.get(0).contains(first.getDate().format(VietnamTime.DATE)), inboxMessages.get(0));
        assertTrue(inboxMessages.get(0).contains("Buổi sáng"), "in Vietnamese: " + inboxMessages.get(0));
        assertEquals(1, fixtures.mailsTo(mail).size());
        assertEquals(MailStatus.DEMO, fixtures.mailsTo(mail).get(0).getStatus(), "demo mode: nothing leaves");

        actAs(anAccount);
        assertEquals(1, inbox.mine(PageRequest.of(0, 20)).total());
        assertEquals(NotificationTarget.MY_SHIFTS, inbox.mine(PageRequest.of(0, 20)).rows().get(0).getTarget(),
                "the inbox entry leads to the member's shifts");
        String body = fixtures.mailsTo(mail).get(0).getBody();
        assertTrue(body.contains("/go/MY_SHIFTS"), "the mail links the target, the web layer finds the page: " + body);
        assertFalse(body.contains(".xhtml"), body);
        inbox.changeEmail(false);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        shifts.unassign(first.getId(), an);
        assertEquals(1, fixtures.notifications(anAccount, NotificationKind.REMOVED).size());
        assertEquals(1, fixtures.mailsTo(mail).size(), "no mail once turned off");

        actAs(anAccount);
        assertEquals(2, inbox.unread());
        inbox.markAllRead();
        assertEquals(0, inbox.unread());
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        assertEquals(0, inbox.mine(PageRequest.of(0, 20)).total(), "nobody reads another's inbox");
        assertThrows(AccessDeniedException.class, () -> inbox.changeEmail(true));
    }

    @Test
    void theInboxReadsInTheReadersLanguageAndMailsInTheRecipientsLanguage() {
        Long commune = fixtures.commune(IA_GRAI);
        String mail = "binh" + fixtures.next() + "@example.vn";
        Long binh = fixtures.memberWithEmail(commune, "Trần Văn Bình", mail);
        String binhAccount = fixtures.account(Role.MEMBER, commune, binh);
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        actAs(coordinator);
        Shift shift = futureMondayMorning(commune);
        String day = shift.getDate().format(VietnamTime.DATE);

        shifts.assign(shift.getId(), binh);

        actAs(binhAccount);
        Notification n = inbox.mine(PageRequest.of(0, 20)).rows().get(0);
        assertEquals("You are on duty at " + shift.getSite().getName() + " on " + day + ", Morning ("
                + shift.getStartTime() + "–" + shift.getEndTime() + ").", n.message(Messages.ENGLISH));
        assertTrue(n.message(Messages.VIETNAMESE).contains("Buổi sáng"), n.message(Messages.VIETNAMESE));
        assertTrue(n.getMessage().contains("Buổi sáng"), "sent to a Vietnamese account: " + n.getMessage());
        assertTrue(fixtures.mailsTo(mail).get(0).getBody().contains("Buổi sáng"), "mail in the recipient's language");

        accounts.changeLocale("en");
        actAs(coordinator);
        shifts.unassign(shift.getId(), binh);

        List<vn.cdtt.notification.OutboxMail> mails = fixtures.mailsTo(mail);
        assertEquals(2, mails.size());
        assertTrue(mails.get(1).getBody().startsWith("You are no longer on duty at " + shift.getSite().getName()),
                "the recipient now reads English: " + mails.get(1).getBody());
        assertEquals(Messages.get(Messages.ENGLISH, "notify.REMOVED.subject"), mails.get(1).getSubject());
    }

    @Test
    void theDayBeforeReminderIsSentOnceEvenWhenTheJobRunsTwice() {
        Long commune = fixtures.commune(IA_GRAI);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        String anAccount = fixtures.account(Role.MEMBER, commune, an);
        LocalDate tomorrow = VietnamTime.today().plusDays(1);
        fixtures.shiftAt(commune, tomorrow, java.time.LocalTime.of(13, 30), java.time.LocalTime.of(17, 0), an);

        reminders.remind(tomorrow);
        reminders.remind(tomorrow);

        List<String> reminded = fixtures.notifications(anAccount, NotificationKind.REMINDER);
        assertEquals(1, reminded.size(), reminded.toString());
        assertTrue(reminded.get(0).contains("13:30"), reminded.get(0));
    }

    @Test
    void theCalendarFeedHasTheShiftAndANewTokenKillsTheOldUrl() throws Exception {
        Long commune = fixtures.commune(IA_GRAI);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        LocalDate day = VietnamTime.today().plusDays(10);
        Long shift = fixtures.shiftAt(commune, day, java.time.LocalTime.of(7, 30), java.time.LocalTime.of(11, 30), an, binh);
        actAs(fixtures.account(Role.MEMBER, commune, an));
        String token = calendar.myToken();
        assertEquals(token, calendar.myToken(), "the same link until renewed");

        Calendar parsed = new CalendarBuilder().build(new StringReader(calendar.feed(token)));
        List<VEvent> events = parsed.getComponents("VEVENT");
        VEvent event = events.stream().filter(e -> e.getUid().orElseThrow().getValue().startsWith("shift-" + shift + "-"))
                .findFirst().orElseThrow();
        assertTrue(event.getSummary().getValue().startsWith("Trực tại Điểm thử"), event.getSummary().getValue());
        assertTrue(event.getLocation().getValue().contains("đường Thử"));
        assertEquals("Asia/Ho_Chi_Minh", event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        assertTrue(event.getDescription().getValue().contains("Trần Thị Bình"));

        String renewed = calendar.regenerate();
        assertThrows(NotFoundException.class, () -> calendar.feed(token));
        assertTrue(calendar.feed(renewed).contains("BEGIN:VEVENT"));
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        assertThrows(AccessDeniedException.class, () -> calendar.myToken());
    }
}
