package vn.cdtt.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cdtt.common.Page;
import vn.cdtt.common.PageRequest;
import vn.cdtt.notification.Inbox;
import vn.cdtt.notification.Notification;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/**
 * account/inbox.xhtml: everyone's own notifications, newest first, paged in the database ({@code ?page=N}, plain
 * links, 20 a page), and members' e-mail choice. Plain Faces elements only (a light page on the member's phone).
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Notifications per page. */
    static final int PAGE_SIZE = 20;

    @EJB
    Inbox inbox;

    @Inject
    UserSession session;

    private int page;
    private List<Notification> rows = List.of();
    private long total;
    private boolean emailOn;

    @PostConstruct
    void init() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page");
        try {
            page = asked == null ? 1 : Math.max(1, Integer.parseInt(asked));
        } catch (NumberFormatException e) {
            page = 1;
        }
        load();
        emailOn = inbox.isEmailOn();
    }

    /** This page's rows and the total (a page beyond the last shows the last). */
    private void load() {
        Page<Notification> found = inbox.mine(PageRequest.of((page - 1) * PAGE_SIZE, PAGE_SIZE));
        total = found.total();
        if (found.rows().isEmpty() && page > 1 && total > 0) {
            page = getPages();
            found = inbox.mine(PageRequest.of((page - 1) * PAGE_SIZE, PAGE_SIZE));
        }
        rows = found.rows();
    }

    public void markAllRead() {
        int n = inbox.markAllRead();
        load();
        Faces.info("inbox.markedRead", n);
    }

    /** Opens a notification's page, marking it read. */
    public String open(Notification n) {
        if (!Actions.run(() -> inbox.markRead(n.getId()))) {
            return null;
        }
        if (n.getTarget() == null) {
            return null;
        }
        String target = TargetServlet.page(n.getTarget());
        return target + (target.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    /** The message in the reader's language. */
    public String text(Notification n) {
        return n.message(Faces.locale());
    }

    public void saveEmail() {
        Actions.run(() -> inbox.changeEmail(emailOn), emailOn ? "inbox.email.on" : "inbox.email.off");
    }

    public boolean isMember() {
        return session.is("MEMBER");
    }

    public List<Notification> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    /** 1-based. */
    public int getPage() {
        return page;
    }

    public int getPages() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The position of this page's first row, 1-based (0 when there is none). */
    public long getFirst() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
    }

    public long getLast() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * PAGE_SIZE + rows.size();
    }

    public boolean isEmailOn() {
        return emailOn;
    }

    public void setEmailOn(boolean emailOn) {
        this.emailOn = emailOn;
    }
}
