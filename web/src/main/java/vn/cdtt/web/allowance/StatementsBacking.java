package vn.cdtt.web.allowance;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.cdtt.allowance.AllowanceStatements;
import vn.cdtt.allowance.PaymentSheets;
import vn.cdtt.allowance.StatementState;
import vn.cdtt.allowance.StatementView;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.security.Role;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.CommuneChoice;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/**
 * allowance/statements.xhtml: a commune's statement of one month (last month by default) with its lines and totals;
 * the commune coordinator computes and submits it, the province approves it or gives it back with a reason;
 * coordinators download its payment sheet.
 */
@Named
@ViewScoped
public class StatementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    @EJB
    AllowanceStatements statements;

    @EJB
    PaymentSheets sheets;

    @EJB
    CommuneService communes;

    @Inject
    UserSession session;

    private CommuneChoice commune;
    private YearMonth month = YearMonth.from(VietnamTime.today()).minusMonths(1);
    private StatementView view;
    private String reason;
    private Long communeParam;
    private YearMonth monthParam;

    @PostConstruct
    void init() {
        commune = new CommuneChoice(session.getCaller(), communes.visibleCommunes(), true);
        reload();
    }

    public void reload() {
        view = commune.getCommuneId() == null ? null
                : Actions.get(() -> statements.find(commune.getCommuneId(), month).orElse(null), null);
    }

    /** f:viewAction: applies the query parameters ?commune=&month=yyyy-MM (the province page links them). */
    public void load() {
        if (communeParam != null || monthParam != null) {
            if (communeParam != null) {
                commune.setCommuneId(communeParam);
            }
            if (monthParam != null) {
                month = monthParam;
            }
            reload();
        }
    }

    public Long getCommuneParam() {
        return communeParam;
    }

    public void setCommuneParam(Long communeParam) {
        this.communeParam = communeParam;
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

    public void compute() {
        Actions.run(() -> view = statements.compute(commune.getCommuneId(), month), "allowance.computed");
    }

    public void submit() {
        Actions.run(() -> view = statements.submit(view.id(), view.version()), "allowance.submitted");
    }

    public void approve() {
        Actions.run(() -> view = statements.approve(view.id(), view.version()), "allowance.approved");
    }

    public void giveBack() {
        if (Actions.run(() -> view = statements.giveBack(view.id(), view.version(), reason), "allowance.returned")) {
            reason = null;
        }
    }

    /** The payment sheet (.xlsx) of the month shown, as last computed. */
    public StreamedContent paymentSheet() {
        byte[] xlsx = sheets.commune(view.communeId(), view.month(), Faces.locale());
        return DefaultStreamedContent.builder()
                .name("bang-thanh-toan-" + view.communeId() + "-" + view.month() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(xlsx))
                .build();
    }

    /** Coordinators (the commune's own, or the province) download the payment sheet of a computed month. */
    public boolean isCanDownload() {
        return session.getCaller().is(Role.COMMUNE_COORDINATOR, Role.PROVINCE_COORDINATOR) && view != null;
    }

    private boolean in(StatementState state) {
        return view != null && view.state() == state;
    }

    /** Coordinators of the commune (or the province) recompute an open month. */
    public boolean isCanCompute() {
        return session.getCaller().is(Role.COMMUNE_COORDINATOR, Role.PROVINCE_COORDINATOR)
                && commune.getCommuneId() != null && (view == null || in(StatementState.OPEN));
    }

    public boolean isCanSubmit() {
        return session.getCaller().is(Role.COMMUNE_COORDINATOR) && in(StatementState.OPEN) && !view.lines().isEmpty();
    }

    public boolean isCanDecide() {
        return session.getCaller().is(Role.PROVINCE_COORDINATOR) && in(StatementState.SUBMITTED);
    }

    public String getMonthLabel() {
        return month.format(MONTH);
    }

    /** Totals per component, for the cards above the lines. */
    public List<Map.Entry<String, Long>> getComponentTotals() {
        return view == null ? List.of() : view.byComponent().entrySet().stream()
                .map(e -> Map.entry(e.getKey().name(), e.getValue())).toList();
    }

    public List<Map.Entry<String, Long>> getFundingTotals() {
        return view == null ? List.of() : view.byFunding().entrySet().stream()
                .map(e -> Map.entry(e.getKey().name(), e.getValue())).toList();
    }

    public CommuneChoice getCommune() {
        return commune;
    }

    public StatementView getView() {
        return view;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
