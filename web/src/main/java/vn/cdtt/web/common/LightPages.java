package vn.cdtt.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The pages a member's phone opens on a first visit over weak 3G (issue 12 §1) that are built from plain Faces
 * elements only: the template leaves out PrimeFaces' growl, messages and confirm dialog on them, and PrimeFaces' theme
 * ({@code primefaces.THEME} in web.xml asks {@link #getTheme}) is not sent. Their scripts are then only Faces' Ajax and
 * what PrimeFaces' CSP mode needs to attach event handlers. Coordinator pages keep PrimeFaces.
 */
@Named
@ApplicationScoped
public class LightPages {

    static final Set<String> VIEWS = Set.of("/login.xhtml", "/index.xhtml", "/me/open.xhtml", "/me/record.xhtml",
            "/me/shifts.xhtml", "/me/allowance.xhtml", "/account/inbox.xhtml",
            "/account/password.xhtml");

    /** Whether the page being built or rendered is one of them. */
    public boolean isLight() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null && VIEWS.contains(faces.getViewRoot().getViewId());
    }

    /**
     * The nonce of PrimeFaces' CSP mode (primefaces.CSP), which every postback must carry as the request parameter
     * {@code primefaces.nonce}: PrimeFaces' script adds it to the forms of the pages that load it; the plain forms of
     * the light pages (and the template's language and logout form) carry it in a hidden field.
     */
    public String getCspNonce() {
        return org.primefaces.context.PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }

    /** PrimeFaces' theme for the page: none on the light pages (cdtt.css styles their plain elements). */
    public String getTheme() {
        return isLight() ? "none" : "saga";
    }
}
