package vn.cdtt.web.common;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** Small helpers for PrimeFaces tables. */
public final class Tables {

    private Tables() {
    }

    /** Shows the first page of a table again (after its filters changed), so no one lands on an empty page. */
    public static void firstPage(String clientId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }
}
