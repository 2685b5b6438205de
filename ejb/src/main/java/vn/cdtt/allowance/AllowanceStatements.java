package vn.cdtt.allowance;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import vn.cdtt.account.Account;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.ConcurrentChangeException;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.SiteKind;
import vn.cdtt.duty.Assignment;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.notification.Notifier;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberStatus;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Monthly statements per commune: computed from verified work in a fixed number of queries whatever the number of
 * members or shifts (statement, approved months, policies, attended duty, trainings led, trainings assisted,
 * members, teams, lines already paid – then one delete and the inserts of the lines), and moved through their
 * workflow. Commune coordinators compute and submit their own commune; only the province coordinator approves,
 * returns (reopens) and records payment; viewers and the commune's coordinators read. Every move is audited and
 * notified.
 */
@Stateless
public class AllowanceStatements {

    /** A correction of an approved month is still paid (as an adjustment) this many months later. */
    public static final int ADJUSTMENT_MONTHS = 12;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Notifier notifier;

    /**
     * Computes (again) the open statement of a commune-month from the work as it stands, creating it on first use;
     * adjustments for corrections of the commune's approved months of the last {@value #ADJUSTMENT_MONTHS} months
     * come with it. Deterministic: the same work gives the same lines.
     */
    public StatementView compute(Long communeId, YearMonth month) {
        Caller caller = callers.current();
        Commune commune = commune(communeId);
        caller.requireWriteRoster(commune.getProvince().getId(), communeId);
        if (month == null || month.atDay(1).isAfter(VietnamTime.today())) {
            throw new InvalidInputException("allowance.month.future");
        }
        List<AllowanceStatement> found = em.createQuery("SELECT s FROM AllowanceStatement s WHERE s.communeId = :c "
                        + "AND s.monthStart = :m", AllowanceStatement.class)
                .setParameter("c", communeId).setParameter("m", month.atDay(1)).getResultList();
        AllowanceStatement st;
        if (found.isEmpty()) {
            st = new AllowanceStatement(commune.getProvince().getId(), communeId, month);
            em.persist(st);
            Flush.now(em, "allowance.statement.busy");
        } else {
            st = found.get(0);
        }
        long before = st.getTotal();
        recompute(st);
        Flush.now(em, "allowance.statement.busy");
        audit.record(caller.username(), AuditAction.UPDATE, "AllowanceStatement", st.getId(), st.getProvinceId(),
                communeId, LocalizedText.of("audit.event.allowance.computed", commune.toString(),
                        month.format(MONTH), st.getTotal()), Map.of("total", before), Map.of("total", st.getTotal()));
        return view(st, commune);
    }

    /** The statement of a commune-month as it was last computed or frozen; empty before its first computation. */
    public Optional<StatementView> find(Long communeId, YearMonth month) {
        Caller caller = callers.current();
        Commune commune = commune(communeId);
        caller.requireReadRoster(commune.getProvince().getId(), communeId);
        return em.createQuery("SELECT s FROM AllowanceStatement s WHERE s.communeId = :c AND s.monthStart = :m",
                        AllowanceStatement.class)
                .setParameter("c", communeId).setParameter("m", month.atDay(1)).getResultList().stream()
                .findFirst().map(s -> view(s, commune));
    }

    /**
     * The commune coordinator submits an open month: computed once more, then frozen with its policy versions, and
     * the work inside it locked. An empty month is refused.
     */
    public StatementView submit(Long statementId, long expectedVersion) {
        Caller caller = callers.current();
        caller.require(Role.COMMUNE_COORDINATOR);
        AllowanceStatement st = statement(statementId, expectedVersion);
        caller.requireWriteRoster(st.getProvinceId(), st.getCommuneId());
        if (st.getState() != StatementState.OPEN) {
            throw new InvalidInputException("allowance.statement.notOpen");
        }
        Map<String, Object> before = st.auditState();
        List<AllowanceLine> lines = recompute(st);
        if (lines.isEmpty()) {
            throw new InvalidInputException("allowance.statement.empty");
        }
        st.submit(new TreeSet<>(lines.stream().map(AllowanceLine::getPolicyId).filter(Objects::nonNull).toList()),
                caller.username(), VietnamTime.now());
        Commune commune = moved(st, caller, "audit.event.allowance.submitted", before);
        notifier.accounts(coordinators(Role.PROVINCE_COORDINATOR, st.getProvinceId(), null),
                NotificationKind.ALLOWANCE_SUBMITTED, null, commune.toString(), st.month().format(MONTH), st.getTotal());
        return view(st, commune);
    }

    /** The province approves a submitted month: its numbers never change again. */
    public StatementView approve(Long statementId, long expectedVersion) {
        Caller caller = province();
        AllowanceStatement st = statement(statementId, expectedVersion);
        Map<String, Object> before = st.auditState();
        st.approve(caller.username(), VietnamTime.now());
        Commune commune = moved(st, caller, "audit.event.allowance.approved", before);
        notifier.accounts(coordinators(Role.COMMUNE_COORDINATOR, st.getProvinceId(), st.getCommuneId()),
                NotificationKind.ALLOWANCE_APPROVED, null, commune.toString(), st.month().format(MONTH), st.getTotal());
        return view(st, commune);
    }

    /**
     * The province gives a submitted month back to the commune with a reason (a return, or reopening it for a
     * correction): it is OPEN again and its work unlocked. Approved and paid months never reopen.
     */
    public StatementView giveBack(Long statementId, long expectedVersion, String reason) {
        Caller caller = province();
        AllowanceStatement st = statement(statementId, expectedVersion);
        Map<String, Object> before = st.auditState();
        st.giveBack(reason);
        Commune commune = moved(st, caller, "audit.event.allowance.returned", before);
        notifier.accounts(coordinators(Role.COMMUNE_COORDINATOR, st.getProvinceId(), st.getCommuneId()),
                NotificationKind.ALLOWANCE_RETURNED, null, commune.toString(), st.month().format(MONTH),
                st.getReturnedReason());
        return view(st, commune);
    }

    /** The province records the payment of an approved month; each member hears of their amount. */
    public StatementView recordPayment(Long statementId, long expectedVersion, LocalDate paidOn, String reference) {
        Caller caller = province();
        AllowanceStatement st = statement(statementId, expectedVersion);
        Map<String, Object> before = st.auditState();
        st.pay(paidOn, reference, VietnamTime.today());
        Commune commune = moved(st, caller, "audit.event.allowance.paid", before);
        StatementView view = view(st, commune);
        Map<Long, Member> members = new HashMap<>();
        em.createQuery("SELECT DISTINCT l.member FROM AllowanceLine l WHERE l.statement = :s", Member.class)
                .setParameter("s", st).getResultList().forEach(m -> members.put(m.getId(), m));
        view.byMember().forEach((memberId, amount) -> notifier.member(members.get(memberId),
                NotificationKind.ALLOWANCE_PAID, null, null, st.month().format(MONTH), amount, commune.toString(),
                st.getPaymentReference()));
        return view;
    }

    /** Computes the open statement's lines afresh: its month's dues, and adjustments for approved months. */
    private List<AllowanceLine> recompute(AllowanceStatement st) {
        YearMonth month = st.month();
        Long communeId = st.getCommuneId();
        List<YearMonth> approved = em.createQuery("SELECT s.monthStart FROM AllowanceStatement s WHERE s.communeId = :c "
                        + "AND s.state IN (vn.cdtt.allowance.StatementState.APPROVED, vn.cdtt.allowance.StatementState.PAID) "
                        + "AND s.monthStart >= :earliest AND s.monthStart < :m ORDER BY s.monthStart", LocalDate.class)
                .setParameter("c", communeId).setParameter("earliest", month.minusMonths(ADJUSTMENT_MONTHS).atDay(1))
                .setParameter("m", month.atDay(1)).getResultList().stream().map(YearMonth::from).toList();
        LocalDate from = (approved.isEmpty() ? month : approved.get(0)).atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<AllowancePolicy> policies = em.createQuery("SELECT p FROM AllowancePolicy p WHERE p.provinceId = :p "
                        + "AND (p.communeId IS NULL OR p.communeId = :c) AND p.validFrom <= :to "
                        + "AND (p.validTo IS NULL OR p.validTo >= :from) ORDER BY p.validFrom", AllowancePolicy.class)
                .setParameter("p", st.getProvinceId()).setParameter("c", communeId).setParameter("from", from)
                .setParameter("to", to).getResultList();
        Work work = work(communeId, from, to);

        em.createQuery("DELETE FROM AllowanceLine l WHERE l.statement = :s").setParameter("s", st).executeUpdate();
        List<AllowanceLine> lines = new ArrayList<>();
        for (Due due : MonthCalculator.month(month, work, policies)) {
            lines.add(new AllowanceLine(st, em.getReference(Member.class, due.memberId()), due));
        }
        if (!approved.isEmpty()) {
            lines.addAll(adjustments(st, approved, work, policies));
        }
        lines.forEach(em::persist);
        st.recomputed(lines.stream().mapToLong(AllowanceLine::getAmount).sum(), VietnamTime.now());
        return lines;
    }

    /**
     * For each unit of work of the approved months: what it is owed now minus what it was paid (its line and
     * earlier adjustments, in any other statement); a difference becomes an adjustment line pointing at the original.
     */
    private List<AllowanceLine> adjustments(AllowanceStatement st, List<YearMonth> approved, Work work,
                                            List<AllowancePolicy> policies) {
        record Paid(long amount, Long original, int adjustments, Due due) {
        }
        Map<String, Paid> paid = new LinkedHashMap<>();
        em.createQuery("SELECT l FROM AllowanceLine l JOIN FETCH l.member WHERE l.statement.communeId = :c "
                        + "AND l.workMonth IN :months AND l.statement <> :s ORDER BY l.id", AllowanceLine.class)
                .setParameter("c", st.getCommuneId()).setParameter("s", st)
                .setParameter("months", approved.stream().map(m -> m.atDay(1)).toList())
                .getResultList().forEach(l -> paid.merge(key(l.toDue()),
                        new Paid(l.getAmount(), l.isAdjustment() ? null : l.getId(), l.isAdjustment() ? 1 : 0, l.toDue()),
                        (a, b) -> new Paid(a.amount + b.amount, a.original != null ? a.original : b.original,
                                a.adjustments + b.adjustments, a.due)));
        Map<String, Due> owed = new LinkedHashMap<>();
        approved.forEach(m -> MonthCalculator.month(m, work, policies).forEach(d -> owed.put(key(d), d)));
        List<AllowanceLine> lines = new ArrayList<>();
        owed.forEach((key, due) -> {
            Paid p = paid.get(key);
            long delta = due.amount() - (p == null ? 0 : p.amount);
            if (delta != 0) {
                lines.add(AllowanceLine.adjustment(st, em.getReference(Member.class, due.memberId()), due, delta,
                        p == null ? null : p.original, p == null ? 1 : p.adjustments + 1));
            }
        });
        paid.forEach((key, p) -> {
            if (!owed.containsKey(key) && p.amount != 0) {
                lines.add(AllowanceLine.adjustment(st, em.getReference(Member.class, p.due.memberId()), p.due,
                        -p.amount, p.original, p.adjustments + 1));
            }
        });
        return lines;
    }

    private static String key(Due d) {
        return d.workKey() + "|" + d.component() + "|" + d.funding();
    }

    /** The verified work of a commune between two days: five queries, whatever its size. */
    private Work work(Long communeId, LocalDate from, LocalDate to) {
        List<Work.Duty> duties = em.createQuery("SELECT a.id, a.member.id, s.date, s.id, site.name, site.kind, "
                        + "a.helperRequestId "
                        + "FROM Assignment a JOIN a.shift s JOIN s.site site WHERE s.communeId = :c "
                        + "AND s.date BETWEEN :from AND :to AND " + Assignment.attendedIn("a"), Object[].class)
                .setParameter("c", communeId).setParameter("from", from).setParameter("to", to).getResultList()
                .stream().map(r -> new Work.Duty((Long) r[0], (Long) r[1], (LocalDate) r[2], (Long) r[3], (String) r[4],
                        (SiteKind) r[5], r[6] != null)).toList();
        List<Work.Training> trainings = new ArrayList<>();
        String held = " WHERE t.commune.id = :c AND t.date BETWEEN :from AND :to "
                + "AND t.status = vn.cdtt.training.TrainingStatus.HELD";
        em.createQuery("SELECT t.id, t.leadTrainer.id, t.date, t.place FROM TrainingSession t" + held, Object[].class)
                .setParameter("c", communeId).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> trainings.add(new Work.Training((Long) r[0], (Long) r[1], true, (LocalDate) r[2],
                        (String) r[3])));
        em.createQuery("SELECT t.id, m.id, t.date, t.place FROM TrainingSession t JOIN t.assistants m" + held,
                        Object[].class)
                .setParameter("c", communeId).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> trainings.add(new Work.Training((Long) r[0], (Long) r[1], false, (LocalDate) r[2],
                        (String) r[3])));
        List<Work.Person> members = em.createQuery("SELECT m.id, tm.id, m.status, m.statusSince, m.joinedOn "
                        + "FROM Member m LEFT JOIN m.team tm WHERE m.commune.id = :c", Object[].class)
                .setParameter("c", communeId).getResultList().stream()
                .map(r -> new Work.Person((Long) r[0], (Long) r[1], (MemberStatus) r[2], (LocalDate) r[3],
                        (LocalDate) r[4])).toList();
        Map<Long, Long> leaders = new HashMap<>();
        em.createQuery("SELECT t.id, t.leader.id FROM Team t WHERE t.commune.id = :c AND t.leader IS NOT NULL",
                        Object[].class)
                .setParameter("c", communeId).getResultList().forEach(r -> leaders.put((Long) r[0], (Long) r[1]));
        return new Work(duties, trainings, members, leaders);
    }

    private StatementView view(AllowanceStatement st, Commune commune) {
        List<StatementView.Line> lines = em.createQuery("SELECT l FROM AllowanceLine l JOIN FETCH l.member m "
                        + "WHERE l.statement = :s ORDER BY m.sortKey, m.id, l.workDate, l.component, l.funding, l.id",
                        AllowanceLine.class)
                .setParameter("s", st).getResultList().stream()
                .map(l -> new StatementView.Line(l.getId(), l.getMember().getId(), l.getMember().getFullName(),
                        l.getComponent(), l.getFunding(), l.getWorkDate(), l.getPlace(), l.getShiftId(),
                        l.getTrainingId(), l.getPolicyId(), l.getRate(), l.getAmount(), l.isAdjustment(),
                        l.getAdjustsLineId())).toList();
        return new StatementView(st.getId(), st.getCommuneId(), commune.toString(), st.month(), st.getState(),
                st.getVersion(), st.getReturnedReason(), st.getPaidOn(), st.getPaymentReference(), lines);
    }

    /** Flushes a move (the loser of a race gets the concurrent-change message) and audits it. */
    private Commune moved(AllowanceStatement st, Caller caller, String auditKey, Map<String, Object> before) {
        Flush.now(em, "allowance.statement.busy");
        Commune commune = commune(st.getCommuneId());
        audit.record(caller.username(), AuditAction.UPDATE, "AllowanceStatement", st.getId(), st.getProvinceId(),
                st.getCommuneId(), LocalizedText.of(auditKey, commune.toString(), st.month().format(MONTH),
                        st.getTotal()), before, st.auditState());
        return commune;
    }

    /** The statement as the caller last saw it: another version means somebody moved it in the meantime. */
    private AllowanceStatement statement(Long id, long expectedVersion) {
        Caller caller = callers.current();
        AllowanceStatement st = id == null ? null : em.find(AllowanceStatement.class, id);
        if (st == null || !st.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("AllowanceStatement", id);
        }
        if (st.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return st;
    }

    private Caller province() {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        return caller;
    }

    /** The province's coordinators (communeId null), or a commune's. */
    private List<Account> coordinators(Role role, Long provinceId, Long communeId) {
        TypedQuery<Account> q = em.createQuery("SELECT a FROM Account a WHERE a.role = :r AND a.provinceId = :p "
                        + "AND a.enabled = TRUE" + (communeId == null ? "" : " AND a.communeId = :c"), Account.class)
                .setParameter("r", role).setParameter("p", provinceId);
        return (communeId == null ? q : q.setParameter("c", communeId)).getResultList();
    }

    private Commune commune(Long id) {
        Commune c = id == null ? null : em.find(Commune.class, id);
        if (c == null) {
            throw new NotFoundException("Commune", id);
        }
        if (!c.getProvince().getId().equals(callers.current().provinceId())) {
            throw new AccessDeniedException();
        }
        return c;
    }
}
