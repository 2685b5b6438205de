package vn.cdtt.notification;

import java.util.Locale;
import vn.cdtt.account.Account;
import vn.cdtt.roster.Member;

/**
 * One notification for one member, as the channels need it: written in the recipient's language, with the link
 * under the application's address ({@code link}, may be the home page).
 *
 * @param account the member's account, null if they have none
 */
public record Delivery(Member member, Account account, Locale locale, NotificationKind kind, String subject,
                       String text, String link) {
}
