package vn.cdtt.web.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.web.common.UserSession;

/**
 * What the page template tells resources/js/pwa.js and the service worker (sw.js): whether this page is one a member's
 * phone keeps for use without signal, and when this copy of it was made, in Vietnam's time, for the "Bản lưu lúc
 * dd/MM/yyyy HH:mm – đang ngoại tuyến" banner a phone shows when it serves the copy without signal.
 */
@Named
@RequestScoped
public class OfflinePage {

    /** The member's pages kept on the phone; sw.js names the same ones (KEPT). */
    static final Set<String> KEPT = Set.of("/index.xhtml", "/me/shifts.xhtml", "/me/open.xhtml", "/me/record.xhtml",
            "/me/allowance.xhtml", "/account/inbox.xhtml", "/account/password.xhtml");

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final String asOf = AS_OF.format(VietnamTime.now());

    @Inject
    UserSession session;

    public String getAsOf() {
        return asOf;
    }

    /** Whether the phone keeps a copy of this page: a member's own page, seen by a member. */
    public boolean isKept() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null && KEPT.contains(faces.getViewRoot().getViewId())
                && session.is("MEMBER");
    }
}
