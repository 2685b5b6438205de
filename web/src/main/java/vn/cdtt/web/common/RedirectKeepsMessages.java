package vn.cdtt.web.common;

import jakarta.faces.application.ConfigurableNavigationHandler;
import jakarta.faces.application.ConfigurableNavigationHandlerWrapper;
import jakarta.faces.application.NavigationCase;
import jakarta.faces.application.NavigationHandler;
import jakarta.faces.context.FacesContext;

/**
 * The messages of an action that ends in a redirect ("/roster/member?faces-redirect=true&amp;id=…") survive it and
 * show on the page it leads to; an action that stays on its page shows them in its own response and keeps none for
 * the next request (the flash's keepMessages set on every message showed it again at the user's next click).
 * Registered in faces-config.xml as the navigation handler, around the implementation's.
 */
public class RedirectKeepsMessages extends ConfigurableNavigationHandlerWrapper {

    public RedirectKeepsMessages(NavigationHandler wrapped) {
        super((ConfigurableNavigationHandler) wrapped);
    }

    @Override
    public void handleNavigation(FacesContext context, String fromAction, String outcome) {
        keepIfRedirect(context, fromAction, outcome);
        getWrapped().handleNavigation(context, fromAction, outcome);
    }

    @Override
    public void handleNavigation(FacesContext context, String fromAction, String outcome, String toFlowDocumentId) {
        keepIfRedirect(context, fromAction, outcome);
        getWrapped().handleNavigation(context, fromAction, outcome, toFlowDocumentId);
    }

    private void keepIfRedirect(FacesContext context, String fromAction, String outcome) {
        if (outcome == null) {
            return;
        }
        NavigationCase target = getNavigationCase(context, fromAction, outcome);
        if (target != null && target.isRedirect()) {
            context.getExternalContext().getFlash().setKeepMessages(true);
        }
    }
}
