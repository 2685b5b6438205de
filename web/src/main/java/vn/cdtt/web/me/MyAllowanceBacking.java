package vn.cdtt.web.me;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.cdtt.allowance.MemberAllowances;
import vn.cdtt.allowance.MemberAllowances.MemberStatement;
import vn.cdtt.allowance.MemberAllowances.Month;
import vn.cdtt.allowance.MemberAllowances.PublicList;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.UserSession;

/**
 * me/allowance.xhtml, "Phụ cấp của tôi" on the phone: the member's months (newest first, the newest open), the
 * lines of the month tapped with its PDF, and the public list of the commune's newest approved month. A fixed
 * number of queries per view whatever the number of months or lines. A month is opened by a plain link
 * ({@code ?month=<statement id>}, {@code ?month=none} closes it), so the page needs no script.
 */
@Named
@ViewScoped
public class MyAllowanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    @EJB
    MemberAllowances allowances;

    @Inject
    UserSession session;

    private List<Month> months = List.of();
    private MemberStatement selected;
    private PublicList publicList;

    @PostConstruct
    void init() {
        Actions.run(() -> {
            months = allowances.mine();
            publicList = allowances.publicList(null, null).orElse(null);
        });
        String asked = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("month");
        if ("none".equals(asked)) {
            return;
        }
        Month open = months.isEmpty() ? null : months.get(0);
        for (Month m : months) {
            if (m.statementId().toString().equals(asked)) {
                open = m;
            }
        }
        if (open != null) {
            select(open);
        }
    }

    /** Opens a month (or closes it when it is the one open). */
    public void select(Month month) {
        if (isOpen(month)) {
            selected = null;
            return;
        }
        selected = Actions.get(() -> allowances.statement(month.statementId(), session.getCaller().memberId()), null);
    }

    public boolean isOpen(Month month) {
        return selected != null && selected.view().id().equals(month.statementId());
    }

    /** 11/2026. */
    public String label(YearMonth month) {
        return month.format(MONTH);
    }

    public List<Month> getMonths() {
        return months;
    }

    public MemberStatement getSelected() {
        return selected;
    }

    public PublicList getPublicList() {
        return publicList;
    }
}
