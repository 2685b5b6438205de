package vn.cdtt.web.allowance;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;
import vn.cdtt.allowance.AllowanceStatements;
import vn.cdtt.allowance.PaymentSheets;
import vn.cdtt.allowance.ProvinceMonth;
import vn.cdtt.allowance.StatementState;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.security.Role;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Downloads;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/**
 * allowance/province.xhtml: one month of the whole province (last month by default), a row per commune with the
 * state of its statement and its amounts; the province coordinator recomputes every open commune at once and
 * downloads the province's payment sheet; viewers read.
 */
@Named
@ViewScoped
public class ProvinceBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    @EJB
    AllowanceStatements statements;

    @EJB
    PaymentSheets sheets;

    @Inject
    UserSession session;

    private YearMonth month = YearMonth.from(VietnamTime.today()).minusMonths(1);
    private ProvinceMonth view;
    private YearMonth monthParam;

    @PostConstruct
    void init() {
        reload();
    }

    public void reload() {
        view = Actions.get(() -> statements.province(month), null);
    }

    /** f:viewAction: applies the query parameter ?month=yyyy-MM. */
    public void load() {
        if (monthParam != null) {
            month = monthParam;
            reload();
        }
    }

    public YearMonth getMonthParam() {
        return monthParam;
    }

    public void setMonthParam(YearMonth monthParam) {
        this.monthParam = monthParam;
    }

    public void previousMonth() {
        month = month.minusMonths(1);
        reload();
    }

    public void nextMonth() {
        month = month.plusMonths(1);
        reload();
    }

    public void computeAll() {
        if (Actions.run(() -> view = statements.computeProvince(month))) {
            Faces.info("allowance.province.computed", view.rows().stream()
                    .filter(r -> r.state() == StatementState.OPEN).count());
        }
    }

    /** The province's payment sheet (.xlsx) of the month shown. */
    public StreamedContent paymentSheet() {
        byte[] xlsx = sheets.province(month, Faces.locale());
        return Downloads.xlsx("bang-tong-hop-thanh-toan-" + month + ".xlsx", xlsx);
    }

    public boolean isCanCompute() {
        return session.getCaller().is(Role.PROVINCE_COORDINATOR);
    }

    public String getMonthLabel() {
        return month.format(MONTH);
    }

    /** yyyy-MM, for the links to a commune's statement. */
    public String getMonthIso() {
        return month.toString();
    }

    public List<Map.Entry<String, Long>> getComponentTotals() {
        return view == null ? List.of() : view.byComponent().entrySet().stream()
                .map(e -> Map.entry(e.getKey().name(), e.getValue())).toList();
    }

    public List<Map.Entry<String, Long>> getStateCounts() {
        return view == null ? List.of() : view.communesByState().entrySet().stream()
                .map(e -> Map.entry(e.getKey().name(), e.getValue())).toList();
    }

    public ProvinceMonth getView() {
        return view;
    }
}
