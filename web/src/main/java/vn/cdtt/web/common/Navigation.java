package vn.cdtt.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The main menu's marks: which entry is the page shown (aria-current), for screen readers and the phone's bottom bar. */
@Named
@RequestScoped
public class Navigation {

    /** "page" on the menu entry of the page shown, "false" elsewhere (both valid values of aria-current). */
    public String current(String viewId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() != null && viewId.equals(faces.getViewRoot().getViewId()) ? "page" : "false";
    }
}
