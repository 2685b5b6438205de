package vn.cdtt.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import vn.cdtt.common.BusinessException;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.Messages;

/** Localized Faces messages from bundle keys and from business exceptions. */
public final class Faces {

    private Faces() {
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Messages.VIETNAMESE : faces.getViewRoot().getLocale();
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, Messages.get(locale(), key, args));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, Messages.get(locale(), key, args));
    }

    /** Every problem of a business exception, each as its own message (validation lists all broken rules). */
    public static void error(BusinessException e) {
        if (e instanceof InvalidInputException invalid) {
            for (InvalidInputException.Problem p : invalid.getProblems()) {
                String text = Messages.get(locale(), p.messageKey(), p.arguments());
                add(null, FacesMessage.SEVERITY_ERROR, p.field() != null && p.field().startsWith("row ")
                        ? Messages.get(locale(), "import.row") + " " + p.field().substring(4) + ": " + text : text);
            }
        } else {
            add(null, FacesMessage.SEVERITY_ERROR, Messages.get(locale(), e));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /** Sends the browser to a page of the application (a path below the context root). */
    public static void redirect(String path) throws java.io.IOException {
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/" + path);
    }

    public static String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }
}
