package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cdtt.account.Account;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.Messages;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.roster.Member;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;

/**
 * The member's private calendar feed: an iCalendar URL with a secret token that phone and web calendars
 * subscribe to. The token is the only key, so it is long and random, and a new one kills the old URL.
 */
@Stateless
public class CalendarFeed {

    /** The feed covers duties from this many days back … */
    public static final int DAYS_BACK = 31;
    /** … to this many days ahead. */
    public static final int DAYS_AHEAD = 120;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    /** Trainings and whatever other feature keeps duties: collected, never imported. */
    @Inject
    @Any
    Instance<CalendarEventSource> otherDuties;

    /** The calendar behind a token (shifts and trainings); an unknown or revoked token is not found. */
    public String feed(String token) {
        List<Account> found = token == null || token.length() < 20 ? List.of()
                : em.createQuery("SELECT a FROM Account a WHERE a.calendarToken = :t", Account.class)
                .setParameter("t", token).getResultList();
        if (found.isEmpty() || !found.get(0).isEnabled() || found.get(0).getMemberId() == null) {
            throw new NotFoundException("Calendar", null);
        }
        Account account = found.get(0);
        Locale locale = Messages.supported(account.getLocale());
        Member me = em.find(Member.class, account.getMemberId());
        LocalDate today = VietnamTime.today();
        List<Shift> shifts = em.createQuery("SELECT s FROM Shift s JOIN FETCH s.site WHERE s.date BETWEEN :f AND :t AND EXISTS (SELECT mine FROM Assignment "
                        + "mine WHERE mine.shift = s AND mine.member.id = :me) ORDER BY s.date, s.startTime", Shift.class)
                .setParameter("f", today.minusDays(DAYS_BACK)).setParameter("t", today.plusDays(DAYS_AHEAD))
                .setParameter("me", me.getId())
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "s.assignments")
                .setHint("eclipselink.batch", "s.assignments.member").getResultList();
        List<DutyCalendar.Event> events = new java.util.ArrayList<>(shifts.stream().map(s -> {
            String partners = s.getAssignments().stream().map(Assignment::getMember).filter(m -> !m.equals(me))
                    .map(m -> m.getFullName() + " " + m.getPhone()).collect(Collectors.joining(", "));
            String part = Messages.get(locale, "SessionPart." + s.getPart());
            return new DutyCalendar.Event("shift-" + s.getId() + "-member-" + me.getId() + "@cdtt.gialai",
                    s.start(), s.end(), Messages.get(locale, "calendar.shift.summary", s.getSite().getName(), part),
                    s.getSite().getName() + (s.getSite().getAddress() == null ? "" : ", " + s.getSite().getAddress()),
                    partners.isEmpty() ? null : Messages.get(locale, "calendar.shift.partners", partners));
        }).toList());
        for (CalendarEventSource source : otherDuties) {
            events.addAll(source.events(me, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD), locale));
        }
        return DutyCalendar.write(Messages.get(locale, "calendar.name", me.getFullName()), events, VietnamTime.clock().instant());
    }

    /** The caller's token, made on first use. */
    public String myToken() {
        Account account = memberAccount();
        return account.getCalendarToken() != null ? account.getCalendarToken() : renew(account, "audit.event.calendar.created");
    }

    /** A new token: the old URL stops working at once. */
    public String regenerate() {
        return renew(memberAccount(), "audit.event.calendar.renewed");
    }

    private String renew(Account account, String auditKey) {
        String token = account.newCalendarToken();
        audit.record(account.getUsername(), AuditAction.UPDATE, "Account", account.getId(), account.getProvinceId(),
                account.getCommuneId(), LocalizedText.of(auditKey), null, Map.of("calendarToken", "******"));
        return token;
    }

    private Account memberAccount() {
        Caller caller = callers.current();
        caller.requireMember();
        return em.find(Account.class, caller.accountId());
    }
}
