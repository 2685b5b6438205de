package vn.cdtt.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Set;

/**
 * The main menu's marks: which entry is the page shown (aria-current), for screen readers and the phone's bottom bar,
 * and which task group of a coordinator's menu holds it (its button is marked, so the group of the page shown is seen
 * while the group is closed).
 */
@Named
@RequestScoped
public class Navigation {

    /** The pages of each task group of the coordinators' and viewers' menu (WEB-INF/templates/main.xhtml). */
    static final Map<String, Set<String>> GROUPS = Map.of(
            "duty", Set.of("/duty/board.xhtml", "/request/list.xhtml", "/duty/coverage.xhtml",
                    "/roster/sites.xhtml", "/duty/holidays.xhtml", "/autoroster/plan.xhtml"),
            "members", Set.of("/roster/members.xhtml", "/roster/member.xhtml", "/roster/teams.xhtml", "/roster/import.xhtml"),
            "training", Set.of("/training/sessions.xhtml", "/training/session.xhtml", "/training/calendar.xhtml",
                    "/training/report.xhtml"),
            "allowance", Set.of("/allowance/statements.xhtml", "/allowance/province.xhtml", "/allowance/policies.xhtml"),
            "reports", Set.of("/dashboard/index.xhtml", "/report/history.xhtml", "/rating/communes.xhtml",
                    "/rating/commune.xhtml", "/rating/criteria.xhtml"),
            "admin", Set.of("/admin/catalogue.xhtml", "/admin/accounts.xhtml", "/audit/log.xhtml",
                    "/admin/outbox.xhtml"));

    /** "page" on the menu entry of the page shown, "false" elsewhere (both valid values of aria-current). */
    public String current(String viewId) {
        return viewId.equals(viewId()) ? "page" : "false";
    }

    /** " current" (a class) for the task group that holds the page shown, "" for the others. */
    public String group(String name) {
        return GROUPS.getOrDefault(name, Set.of()).contains(viewId()) ? " current" : "";
    }

    private static String viewId() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    }
}
