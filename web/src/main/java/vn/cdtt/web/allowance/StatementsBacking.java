package vn.cdtt.web.allowance;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;
import vn.cdtt.allowance.AllowanceBudgets;
import vn.cdtt.allowance.AllowanceStatements;
import vn.cdtt.allowance.BudgetStanding;
import vn.cdtt.allowance.Money;
import vn.cdtt.allowance.PaymentSheets;
import vn.cdtt.allowance.StatementState;
import vn.cdtt.allowance.StatementView;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.security.Role;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.CommuneChoice;
import vn.cdtt.web.common.Downloads;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/**
 * allowance/statements.xhtml: a commune's statement of one month (last month by default) with its lines and totals;
 * the commune coordinator computes and submits it, the province approves it (warned when the approval would go
 * beyond the commune's yearly budget) or gives it back with a reason, and records its payment; coordinators download
 * its payment sheet. The year's approved-to-date against the budget shows above the lines; the province sets the
 * budget here.
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
    AllowanceBudgets budgets;

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
    private BudgetStanding standing;
    private Long budgetAmount;
    private LocalDate paidOn;
    private String paymentReference;

    @PostConstruct
    void init() {
        commune = new CommuneChoice(session.getCaller(), communes.visibleCommunes(), true);
        reload();
    }

    public void reload() {
        view = commune.getCommuneId() == null ? null
                : Actions.get(() -> statements.find(commune.getCommuneId(), month).orElse(null), null);
        reloadBudget();
    }

    /** The year's standing: with the month's total as pending while it waits for approval. */
    private void reloadBudget() {
        if (commune.getCommuneId() == null) {
            standing = null;
        } else if (view != null && view.state() == StatementState.SUBMITTED) {
            standing = Actions.get(() -> budgets.ifApproved(view.id()), null);
        } else {
            standing = Actions.get(() -> budgets.standing(commune.getCommuneId(), month.getYear()), null);
        }
        budgetAmount = standing == null ? null : standing.budget();
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
        reloadBudget();
    }

    public void submit() {
        Actions.run(() -> view = statements.submit(view.id(), view.version()), "allowance.submitted");
        reloadBudget();
    }

    public void approve() {
        Actions.run(() -> view = statements.approve(view.id(), view.version()), "allowance.approved");
        reloadBudget();
    }

    public void giveBack() {
        if (Actions.run(() -> view = statements.giveBack(view.id(), view.version(), reason), "allowance.returned")) {
            reason = null;
        }
        reloadBudget();
    }

    /** The province records that an approved month was paid: the day (not in the future) and the voucher. */
    public void recordPayment() {
        if (Actions.run(() -> view = statements.recordPayment(view.id(), view.version(), paidOn, paymentReference),
                "allowance.paid")) {
            paidOn = null;
            paymentReference = null;
        }
    }

    /** The province sets (or changes) the commune's budget for the year of the month shown. */
    public void saveBudget() {
        Long seen = standing == null ? null : standing.budgetVersion();
        if (Actions.runAt("budgetAmount", () -> budgets.set(commune.getCommuneId(), month.getYear(), budgetAmount, seen),
                "allowance.budget.saved", month.getYear())) {
            reloadBudget(); // a refused amount stays in the field, to correct
        }
    }

    /**
     * The question before approving: the plain one, or with the budget warning in words and figures when this
     * month would take the year beyond the commune's budget.
     */
    public String getApproveConfirm() {
        if (standing == null || !standing.exceeds()) {
            return Faces.text("allowance.approve.confirm");
        }
        return Faces.text("allowance.approve.confirm.overBudget", Integer.toString(standing.year()),
                Money.figures(standing.budget()), Money.figures(standing.approved()),
                Money.figures(standing.pending()), Money.figures(standing.afterApproval()),
                Money.figures(standing.excess()));
    }

    /** The payment sheet (.xlsx) of the month shown, as last computed. */
    public StreamedContent paymentSheet() {
        byte[] xlsx = sheets.commune(view.communeId(), view.month(), Faces.locale());
        return Downloads.xlsx("bang-thanh-toan-" + view.communeId() + "-" + view.month() + ".xlsx", xlsx);
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

    public boolean isCanPay() {
        return session.getCaller().is(Role.PROVINCE_COORDINATOR) && in(StatementState.APPROVED);
    }

    public boolean isCanSetBudget() {
        return session.getCaller().is(Role.PROVINCE_COORDINATOR) && commune.getCommuneId() != null;
    }

    /** The latest payment day the picker offers: today. */
    public LocalDate getToday() {
        return VietnamTime.today();
    }

    public int getYear() {
        return month.getYear();
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

    public BudgetStanding getStanding() {
        return standing;
    }

    public Long getBudgetAmount() {
        return budgetAmount;
    }

    public void setBudgetAmount(Long budgetAmount) {
        this.budgetAmount = budgetAmount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public void setPaymentReference(String paymentReference) {
        this.paymentReference = paymentReference;
    }
}
