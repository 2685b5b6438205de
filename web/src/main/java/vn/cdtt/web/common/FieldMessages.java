package vn.cdtt.web.common;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessages;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlInputHidden;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialViewContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.component.message.Message;
import vn.cdtt.common.Uploads;

/**
 * Messages next to the field they concern, on every page, without a p:message written beside each input: before a
 * view renders, every input of a form gets a p:message right after it (id {@code <input id>_msg}) unless its form
 * shows all its messages itself (the dialogs' p:messages). The template's p:messages shows only page-wide messages.
 * A conversion error (31/02/2000 in a date), a required field, a refused upload and a service's problem that names
 * a field (see {@link Faces#error}) all appear under the input. Ajax requests render the field messages that have
 * something to say even when the action updated only part of the page, and the template's page-wide messages and
 * growl whenever there is a page-wide message: an action whose button updates only its form still says that it
 * was done, or why not.
 * <p>
 * Also shows the page-wide "file too large" left by {@link UploadLimitFilter}, which refused a request before Faces
 * could read it. Registered in faces-config.xml for {@code PreRenderViewEvent}.
 */
public class FieldMessages implements SystemEventListener {

    static final String SUFFIX = "_msg";

    /** The template's page-wide messages (errors) and growl (what was done), outside every form. */
    private static final List<String> PAGE_MESSAGES = List.of("messages", "growl");

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext faces = FacesContext.getCurrentInstance();
        UploadLimitFilter.takeRefusal(faces).ifPresent(max -> Faces.error((String) null, "upload.tooLarge",
                Uploads.maxMegabytes()));
        List<UIInput> inputs = new ArrayList<>();
        UIViewRoot root = (UIViewRoot) event.getSource();
        attach(faces, root, new IdentityHashMap<>(), inputs);
        PartialViewContext partial = faces.getPartialViewContext();
        if (partial.isAjaxRequest() && !partial.isRenderAll()) {
            for (UIInput input : inputs) {
                String id = input.getClientId(faces);
                if (faces.getMessages(id).hasNext()) {
                    partial.getRenderIds().add(id + SUFFIX);
                }
            }
            if (faces.getMessages(null).hasNext()) {
                for (String id : PAGE_MESSAGES) {
                    if (!partial.getRenderIds().contains(id) && root.findComponent(":" + id) != null) {
                        partial.getRenderIds().add(id);
                    }
                }
            }
        }
    }

    /** Adds a message after each input of a form that has no messages of its own; collects the inputs served. */
    private static void attach(FacesContext faces, UIComponent parent, Map<UIForm, Boolean> ownMessages,
                               List<UIInput> served) {
        List<UIComponent> children = parent.getChildren();
        for (int i = 0; i < children.size(); i++) {
            UIComponent child = children.get(i);
            if (child instanceof UIInput input && !(child instanceof HtmlInputHidden) && input.getId() != null) {
                UIForm form = form(input);
                if (form != null && !ownMessages.computeIfAbsent(form, FieldMessages::showsAllMessages)) {
                    String messageId = input.getId() + SUFFIX;
                    // added once, at the first render; the view state keeps it (Faces replays dynamic additions)
                    boolean present = children.stream().anyMatch(c -> messageId.equals(c.getId()));
                    if (!present) {
                        Message message = (Message) faces.getApplication().createComponent(Message.COMPONENT_TYPE);
                        message.setId(messageId);
                        message.setFor(input.getId());
                        message.setDisplay("text");
                        // the summary is the whole message (ours have no detail; a converter's detail is an example)
                        message.setShowSummary(true);
                        message.setShowDetail(false);
                        message.setStyleClass("field-message");
                        children.add(i + 1, message);
                        i++;
                    }
                    served.add(input);
                }
            }
            attach(faces, child, ownMessages, served);
        }
    }

    private static UIForm form(UIComponent c) {
        for (UIComponent p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof UIForm f) {
                return f;
            }
        }
        return null;
    }

    /** Does the form hold a p:messages / h:messages that shows every message (not only global, not for one)? */
    private static boolean showsAllMessages(UIComponent c) {
        for (UIComponent child : c.getChildren()) {
            if (child instanceof UIMessages m && !m.isGlobalOnly() && m.getFor() == null) {
                return true;
            }
            if (showsAllMessages(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client id of the input with this id in the submitted form (the form being processed), or null when
     * there is none: then the message is page-wide.
     */
    public static String clientIdOf(String field) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (field == null || faces == null || faces.getViewRoot() == null) {
            return null;
        }
        UIForm submitted = submittedForm(faces, faces.getViewRoot());
        if (submitted == null) {
            return null;
        }
        UIComponent input = find(submitted, field);
        return input == null ? null : input.getClientId(faces);
    }

    /**
     * The form the request posted. UIForm.isSubmitted() alone misses it when an Ajax button processes only some of
     * its inputs (process="@this paidOn paymentReference": the form itself is not decoded), but the post always
     * carries the form's own parameter, its client id.
     */
    private static UIForm submittedForm(FacesContext faces, UIComponent c) {
        for (UIComponent child : c.getChildren()) {
            if (child instanceof UIForm f && (f.isSubmitted()
                    || faces.getExternalContext().getRequestParameterMap().containsKey(f.getClientId(faces)))) {
                return f;
            }
            UIForm found = submittedForm(faces, child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static UIComponent find(UIComponent c, String id) {
        for (UIComponent child : c.getChildren()) {
            if (child instanceof UIInput && id.equals(child.getId()) && child.isRendered()) {
                return child;
            }
            UIComponent found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
