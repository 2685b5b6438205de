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

    /**
     * What an action did, page-wide (the template's growl). Shown by the response to this request; when the action
     * sends the browser elsewhere (a redirect outcome, or {@link #redirect}) it is kept for that page
     * ({@link RedirectKeepsMessages}), and only then: a message kept for any next request showed again at the
     * user's next click.
     */
    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, Messages.get(locale(), key, args));
    }

    /** A message by key; {@code field} is an input's id in the submitted form (shown next to it), or null. */
    public static void error(String field, String key, Object... args) {
        add(FieldMessages.clientIdOf(field), FacesMessage.SEVERITY_ERROR, Messages.get(locale(), key, args));
    }

    /**
     * Every problem of a business exception, each as its own message (validation lists all broken rules). A
     * problem that names a field goes next to that field when the submitted form has an input of that id
     * ({@link FieldMessages} shows it there); the others are page-wide.
     */
    public static void error(BusinessException e) {
        errorAt(null, e);
    }

    /**
     * Like {@link #error(BusinessException)}, but problems that name no field go next to the input
     * {@code defaultField} (an id in the submitted form, e.g. the file of an upload).
     */
    public static void errorAt(String defaultField, BusinessException e) {
        if (e instanceof InvalidInputException invalid) {
            for (InvalidInputException.Problem p : invalid.getProblems()) {
                String text = Messages.get(locale(), p.messageKey(), p.arguments());
                if (p.field() != null && p.field().startsWith("row ")) {
                    add(null, FacesMessage.SEVERITY_ERROR, Messages.get(locale(), "import.row") + " "
                            + p.field().substring(4) + ": " + text);
                } else {
                    add(FieldMessages.clientIdOf(p.field() != null ? p.field() : defaultField),
                            FacesMessage.SEVERITY_ERROR, text);
                }
            }
        } else {
            add(FieldMessages.clientIdOf(defaultField), FacesMessage.SEVERITY_ERROR, Messages.get(locale(), e));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /** Sends the browser to a page of the application (a path below the context root), with this request's messages. */
    public static void redirect(String path) throws java.io.IOException {
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.getFlash().setKeepMessages(true);
        ext.redirect(ext.getRequestContextPath() + "/" + path);
    }

    public static String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }
}
