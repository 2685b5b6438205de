package vn.cdtt.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.cdtt.notification.Inbox;
import vn.cdtt.notification.Notification;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.PagedModel;
import vn.cdtt.web.common.UserSession;

/** account/inbox.xhtml: everyone's own notifications, newest first, paged in the database; members' e-mail choice. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Inbox inbox;

    @Inject
    UserSession session;

    private PagedModel<Notification> model;
    private boolean emailOn;

    @PostConstruct
    void init() {
        Inbox service = inbox;
        model = new PagedModel<>(service::mine, Notification::getId);
        emailOn = inbox.isEmailOn();
    }

    public void markAllRead() {
        int n = inbox.markAllRead();
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
        String page = TargetServlet.page(n.getTarget());
        return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true";
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

    public PagedModel<Notification> getModel() {
        return model;
    }

    public boolean isEmailOn() {
        return emailOn;
    }

    public void setEmailOn(boolean emailOn) {
        this.emailOn = emailOn;
    }
}
