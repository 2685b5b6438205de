package vn.cdtt.web.common;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import vn.cdtt.account.AccountService;
import vn.cdtt.common.Messages;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Role;

/** The signed-in user of this browser session: name, role, commune and chosen language (Vietnamese by default). */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountService accounts;

    @EJB
    CommuneService communes;

    private Caller caller;
    private String communeName;
    private String name;
    private Locale locale = Messages.VIETNAMESE;

    public Caller getCaller() {
        if (caller == null && FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() != null) {
            caller = accounts.me();
            name = accounts.myName();
            locale = caller.preferredLocale();
            communeName = caller.communeId() == null ? null : communes.find(caller.communeId()).toString();
        }
        return caller;
    }

    public boolean isSignedIn() {
        return getCaller() != null;
    }

    public boolean is(String role) {
        Caller c = getCaller();
        return c != null && c.role() == Role.valueOf(role);
    }

    public boolean isCoordinator() {
        return is("PROVINCE_COORDINATOR") || is("COMMUNE_COORDINATOR");
    }

    public boolean isRosterReader() {
        return isCoordinator() || is("VIEWER");
    }

    /** The name the header greets the user by (not the login). */
    public String getName() {
        getCaller();
        return name;
    }

    public String getCommuneName() {
        getCaller();
        return communeName;
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches the language for this session and remembers it on the account. */
    public void changeLanguage(String tag) throws IOException {
        locale = Messages.supported(tag);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        if (isSignedIn()) {
            accounts.changeLocale(locale.getLanguage());
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String query = request.getQueryString();
        faces.getExternalContext().redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    public void logout() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().invalidateSession();
        try {
            ((HttpServletRequest) faces.getExternalContext().getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            // the session is gone already; nothing more to undo
        }
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/login.xhtml");
    }
}
