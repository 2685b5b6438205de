package vn.cdtt.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.cdtt.notification.Inbox;

/** The number of unread notifications shown in the menu: one count query per page, only when signed in. */
@Named
@RequestScoped
public class UnreadCount {

    @EJB
    Inbox inbox;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = inbox.unread();
        }
        return count;
    }
}
