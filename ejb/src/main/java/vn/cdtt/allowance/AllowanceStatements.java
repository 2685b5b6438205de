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
import java.util.EnumMap;
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
import vn.cdtt.common.IdBlocks;
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
 * members, teams, lines stored, lines already paid – then only the lines that changed are written, in batches),
 * one commune or every commune of the province at once, and moved through their workflow. Commune coordinators compute and submit their own commune; only the province coordinator approves,
 * returns (reopens) and records payment; viewers and the commune's coordinators read. Every move is audited and
 * notified.
 */
@Stateless
public class AllowanceStatements {

    /** A correction of an approved month is still paid (as an adjustment) this many months later. */
    public static final int ADJUSTMENT_MONTHS = 12;

    private static final String LINE_IDS = "allowance_line";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Notifier notifier;

    @Inject
    IdBlocks ids;

    /**
     * Computes (again) the open statement of a commune-month from the work as it stands, creating it on first use;
     * adjustments for corrections of the commune's approved months of the last {@value #ADJUSTMENT_MONTHS} months
     * come with it. Deterministic: the same work gives the same lines.
     */
    public StatementView compute(Long communeId, YearMonth month) {
        Caller caller = callers.current();
        Commune commune = commune(communeId);
        caller.requireWriteRoster(commune.getProvince().getId(), communeId);
        requirePast(month);
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
     * The province coordinator computes the open month of every commune at once, creating the statements not made
     * yet; submitted, approved and paid months stay as they are. A fixed number of queries for the whole province.
     */
    public ProvinceMonth computeProvince(YearMonth month) {
        Caller caller = province();
        requirePast(month);
        List<Commune> communes = communes(caller.provinceId());
        Map<Long, AllowanceStatement> statements = new HashMap<>();
        statementsOf(caller.provinceId(), month).forEach(s -> statements.put(s.getCommuneId(), s));
        for (Commune c : communes) {
            statements.computeIfAbsent(c.getId(), id -> {
                AllowanceStatement st = new AllowanceStatement(caller.provinceId(), id, month);
                em.persist(st);
                return st;
            });
        }
        Flush.now(em, "allowance.statement.busy");
        List<AllowanceStatement> open = communes.stream().map(c -> statements.get(c.getId()))
                .filter(s -> s.getState() == StatementState.OPEN).toList();
        Map<Long, Long> before = new HashMap<>();
        open.forEach(s -> before.put(s.getId(), s.getTotal()));
        recompute(open);
        Flush.now(em, "allowance.statement.busy");
        Map<Long, Commune> byId = new HashMap<>();
        communes.forEach(c -> byId.put(c.getId(), c));
        for (AllowanceStatement st : open) {
            audit.record(caller.username(), AuditAction.UPDATE, "AllowanceStatement", st.getId(), st.getProvinceId(),
                    st.getCommuneId(), LocalizedText.of("audit.event.allowance.computed",
                            byId.get(st.getCommuneId()).toString(), month.format(MONTH), st.getTotal()),
                    Map.of("total", before.get(st.getId())), Map.of("total", st.getTotal()));
        }
        return provinceMonth(caller.provinceId(), month, communes);
    }

    /** Every commune's month of the caller's province as last computed: the province coordinator and viewers. */
    public ProvinceMonth province(YearMonth month) {
        Caller caller = callers.current();
        if (!caller.readsWholeProvince()) {
            throw new AccessDeniedException();
        }
        return provinceMonth(caller.provinceId(), month, communes(caller.provinceId()));
    }

    /**
     * The statements of every commune of the province for a month, with their lines (communes in the order of
     * the catalogue, members by name): three queries. For the province's payment sheet; province coordinators.
     */
    public List<StatementView> provinceStatements(YearMonth month) {
        Long provinceId = province().provinceId();
        Map<Long, Commune> communes = new LinkedHashMap<>();
        communes(provinceId).forEach(c -> communes.put(c.getId(), c));
        Map<Long, AllowanceStatement> byCommune = new HashMap<>();
        statementsOf(provinceId, month).forEach(s -> byCommune.put(s.getCommuneId(), s));
        // the statements are in the persistence context now: a line's statement is found there, not queried
        Map<Long, List<StatementView.Line>> lines = new HashMap<>();
        em.createQuery("SELECT l FROM AllowanceLine l JOIN FETCH l.member m JOIN l.statement s WHERE s.provinceId = :p "
                        + "AND s.monthStart = :m ORDER BY m.sortKey, m.id, l.workDate, l.component, l.funding, l.id",
                        AllowanceLine.class)
                .setParameter("p", provinceId).setParameter("m", month.atDay(1)).getResultList()
                .forEach(l -> lines.computeIfAbsent(l.getStatement().getId(), k -> new ArrayList<>()).add(StatementView.Line.of(l)));
        List<StatementView> views = new ArrayList<>();
        communes.values().forEach(c -> {
            AllowanceStatement st = byCommune.get(c.getId());
            if (st != null) {
                views.add(new StatementView(st.getId(), c.getId(), c.toString(), month, st.getState(),
                        st.getVersion(), st.getReturnedReason(), st.getPaidOn(), st.getPaymentReference(),
                        lines.getOrDefault(st.getId(), List.of())));
            }
        });
        return views;
    }

    private ProvinceMonth provinceMonth(Long provinceId, YearMonth month, List<Commune> communes) {
        Map<Long, AllowanceStatement> statements = new HashMap<>();
        statementsOf(provinceId, month).forEach(s -> statements.put(s.getCommuneId(), s));
        Map<Long, Map<AllowanceComponent, Long>> components = new HashMap<>();
        em.createQuery("SELECT s.id, l.component, SUM(l.amount) FROM AllowanceLine l JOIN l.statement s "
                        + "WHERE s.provinceId = :p AND s.monthStart = :m GROUP BY s.id, l.component", Object[].class)
                .setParameter("p", provinceId).setParameter("m", month.atDay(1)).getResultList()
                .forEach(r -> components.computeIfAbsent((Long) r[0], k -> new EnumMap<>(AllowanceComponent.class))
                        .put((AllowanceComponent) r[1], ((Number) r[2]).longValue()));
        Map<Long, Long> members = new HashMap<>();
        em.createQuery("SELECT s.id, COUNT(DISTINCT l.member.id) FROM AllowanceLine l JOIN l.statement s "
                        + "WHERE s.provinceId = :p AND s.monthStart = :m GROUP BY s.id", Object[].class)
                .setParameter("p", provinceId).setParameter("m", month.atDay(1)).getResultList()
                .forEach(r -> members.put((Long) r[0], ((Number) r[1]).longValue()));
        List<ProvinceMonth.Row> rows = communes.stream().map(c -> {
            AllowanceStatement st = statements.get(c.getId());
            if (st == null) {
                return new ProvinceMonth.Row(c.getId(), c.toString(), null, null, 0, 0, Map.of());
            }
            Map<AllowanceComponent, Long> byComponent = components.getOrDefault(st.getId(), Map.of());
            return new ProvinceMonth.Row(c.getId(), c.toString(), st.getId(), st.getState(),
                    members.getOrDefault(st.getId(), 0L),
                    byComponent.values().stream().mapToLong(Long::longValue).sum(), byComponent);
        }).toList();
        return new ProvinceMonth(month, rows);
    }

    private List<AllowanceStatement> statementsOf(Long provinceId, YearMonth month) {
        return em.createQuery("SELECT s FROM AllowanceStatement s WHERE s.provinceId = :p AND s.monthStart = :m",
                AllowanceStatement.class).setParameter("p", provinceId).setParameter("m", month.atDay(1))
                .getResultList();
    }

    private List<Commune> communes(Long provinceId) {
        return em.createQuery("SELECT c FROM Commune c WHERE c.province.id = :p ORDER BY c.code, c.id", Commune.class)
                .setParameter("p", provinceId).getResultList();
    }

    private static void requirePast(YearMonth month) {
        if (month == null || month.atDay(1).isAfter(VietnamTime.today())) {
            throw new InvalidInputException("allowance.month.future");
        }
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
        return recompute(List.of(st)).get(st.getId());
    }

    /**
     * Computes the lines of open statements of one province and month afresh, all at once in a fixed number of
     * queries however many communes, members and shifts: their approved months, the policies, the work (five
     * queries), the lines stored, the lines already paid; then only what changed is written, in batches: lines no
     * longer owed deleted, changed ones updated, new ones inserted. A month recomputed unchanged writes no line.
     *
     * @return statement id → its new lines
     */
    private Map<Long, List<AllowanceLine>> recompute(List<AllowanceStatement> statements) {
        Map<Long, List<AllowanceLine>> result = new HashMap<>();
        if (statements.isEmpty()) {
            return result;
        }
        YearMonth month = statements.get(0).month();
        Long provinceId = statements.get(0).getProvinceId();
        List<Long> communes = statements.stream().map(AllowanceStatement::getCommuneId).toList();
        Map<Long, List<YearMonth>> approved = new HashMap<>();
        em.createQuery("SELECT s.communeId, s.monthStart FROM AllowanceStatement s WHERE s.communeId IN :c "
                        + "AND s.state IN (vn.cdtt.allowance.StatementState.APPROVED, vn.cdtt.allowance.StatementState.PAID) "
                        + "AND s.monthStart >= :earliest AND s.monthStart < :m ORDER BY s.monthStart", Object[].class)
                .setParameter("c", communes).setParameter("earliest", month.minusMonths(ADJUSTMENT_MONTHS).atDay(1))
                .setParameter("m", month.atDay(1)).getResultList()
                .forEach(r -> approved.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(YearMonth.from((LocalDate) r[1])));
        LocalDate from = approved.values().stream().map(l -> l.get(0)).min(YearMonth::compareTo).orElse(month).atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<AllowancePolicy> policies = em.createQuery("SELECT p FROM AllowancePolicy p WHERE p.provinceId = :p "
                        + "AND (p.communeId IS NULL OR p.communeId IN :c) AND p.validFrom <= :to "
                        + "AND (p.validTo IS NULL OR p.validTo >= :from) ORDER BY p.validFrom", AllowancePolicy.class)
                .setParameter("p", provinceId).setParameter("c", communes).setParameter("from", from)
                .setParameter("to", to).getResultList();
        Map<Long, Work> work = work(communes, from, to);
        Map<Long, List<AllowanceLine>> paid = paidBefore(statements, approved);

        Map<String, AllowanceLine> stored = new HashMap<>();
        em.createQuery("SELECT l FROM AllowanceLine l WHERE l.statement.id IN :s", AllowanceLine.class)
                .setParameter("s", statements.stream().map(AllowanceStatement::getId).toList()).getResultList()
                .forEach(l -> stored.put(l.paidOnceKey(), l));
        List<AllowanceLine> fresh = new ArrayList<>();
        for (AllowanceStatement st : statements) {
            Long communeId = st.getCommuneId();
            List<AllowancePolicy> own = policies.stream()
                    .filter(p -> p.getCommuneId() == null || p.getCommuneId().equals(communeId)).toList();
            Work mine = work.get(communeId);
            List<AllowanceLine> lines = new ArrayList<>();
            for (Due due : MonthCalculator.month(month, mine, own)) {
                lines.add(new AllowanceLine(st, em.getReference(Member.class, due.memberId()), due));
            }
            List<YearMonth> months = approved.getOrDefault(communeId, List.of());
            if (!months.isEmpty()) {
                lines.addAll(adjustments(st, months, mine, own, paid.getOrDefault(communeId, List.of())));
            }
            st.recomputed(lines.stream().mapToLong(AllowanceLine::getAmount).sum(), VietnamTime.now());
            List<AllowanceLine> kept = new ArrayList<>();
            for (AllowanceLine line : lines) {
                AllowanceLine same = stored.remove(line.paidOnceKey());
                if (same == null) {
                    fresh.add(line);
                    kept.add(line);
                } else {
                    same.takeValuesOf(line);
                    kept.add(same);
                }
            }
            result.put(st.getId(), kept);
        }
        // what is no longer owed goes first, so a unit of work never has two lines even for a moment
        stored.values().forEach(em::remove);
        em.flush();
        if (!fresh.isEmpty()) {
            long next = ids.reserve(LINE_IDS, fresh.size());
            for (AllowanceLine line : fresh) {
                line.identify(next++);
                em.persist(line);
            }
        }
        return result;
    }

    /** The lines of the approved months of these statements' communes, in other statements: commune id → lines. */
    private Map<Long, List<AllowanceLine>> paidBefore(List<AllowanceStatement> statements,
                                                        Map<Long, List<YearMonth>> approved) {
        Map<Long, List<AllowanceLine>> paid = new HashMap<>();
        if (approved.isEmpty()) {
            return paid;
        }
        em.createQuery("SELECT l FROM AllowanceLine l JOIN FETCH l.member JOIN FETCH l.statement st WHERE st.communeId IN :c "
                        + "AND l.workMonth IN :months AND st.id NOT IN :s ORDER BY l.id", AllowanceLine.class)
                .setParameter("c", approved.keySet())
                .setParameter("s", statements.stream().map(AllowanceStatement::getId).toList())
                .setParameter("months", approved.values().stream().flatMap(List::stream).distinct()
                        .map(m -> m.atDay(1)).toList())
                .getResultList().forEach(l -> {
                    if (approved.get(l.getStatement().getCommuneId()).contains(l.workMonth())) {
                        paid.computeIfAbsent(l.getStatement().getCommuneId(), k -> new ArrayList<>()).add(l);
                    }
                });
        return paid;
    }

    /**
     * For each unit of work of the approved months: what it is owed now minus what it was paid (its line and
     * earlier adjustments, in any other statement); a difference becomes an adjustment line pointing at the original.
     */
    private List<AllowanceLine> adjustments(AllowanceStatement st, List<YearMonth> approved, Work work,
                                            List<AllowancePolicy> policies, List<AllowanceLine> paidLines) {
        record Paid(long amount, Long original, int adjustments, Due due) {
        }
        Map<String, Paid> paid = new LinkedHashMap<>();
        paidLines.forEach(l -> paid.merge(key(l.toDue()),
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

    /** The verified work of communes between two days: five queries, whatever their number and size. */
    private Map<Long, Work> work(List<Long> communeIds, LocalDate from, LocalDate to) {
        Map<Long, List<Work.Duty>> duties = new HashMap<>();
        em.createQuery("SELECT s.communeId, a.id, a.member.id, s.date, s.id, site.name, site.kind, "
                        + "a.helperRequestId FROM Assignment a JOIN a.shift s JOIN s.site site WHERE s.communeId IN :c "
                        + "AND s.date BETWEEN :from AND :to AND " + Assignment.attendedIn("a"), Object[].class)
                .setParameter("c", communeIds).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> duties.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Work.Duty(
                        (Long) r[1], (Long) r[2], (LocalDate) r[3], (Long) r[4], (String) r[5], (SiteKind) r[6],
                        r[7] != null)));
        Map<Long, List<Work.Training>> trainings = new HashMap<>();
        String held = " WHERE t.commune.id IN :c AND t.date BETWEEN :from AND :to "
                + "AND t.status = vn.cdtt.training.TrainingStatus.HELD";
        em.createQuery("SELECT t.commune.id, t.id, t.leadTrainer.id, t.date, t.place FROM TrainingSession t" + held,
                        Object[].class)
                .setParameter("c", communeIds).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> trainings.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Work.Training(
                        (Long) r[1], (Long) r[2], true, (LocalDate) r[3], (String) r[4])));
        em.createQuery("SELECT t.commune.id, t.id, m.id, t.date, t.place FROM TrainingSession t JOIN t.assistants m"
                        + held, Object[].class)
                .setParameter("c", communeIds).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> trainings.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Work.Training(
                        (Long) r[1], (Long) r[2], false, (LocalDate) r[3], (String) r[4])));
        Map<Long, List<Work.Person>> members = new HashMap<>();
        em.createQuery("SELECT m.commune.id, m.id, tm.id, m.status, m.statusSince, m.joinedOn "
                        + "FROM Member m LEFT JOIN m.team tm WHERE m.commune.id IN :c", Object[].class)
                .setParameter("c", communeIds).getResultList()
                .forEach(r -> members.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Work.Person(
                        (Long) r[1], (Long) r[2], (MemberStatus) r[3], (LocalDate) r[4], (LocalDate) r[5])));
        Map<Long, Map<Long, Long>> leaders = new HashMap<>();
        em.createQuery("SELECT t.commune.id, t.id, t.leader.id FROM Team t WHERE t.commune.id IN :c "
                        + "AND t.leader IS NOT NULL", Object[].class)
                .setParameter("c", communeIds).getResultList()
                .forEach(r -> leaders.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Long) r[1], (Long) r[2]));
        Map<Long, Work> work = new HashMap<>();
        communeIds.forEach(c -> work.put(c, new Work(duties.getOrDefault(c, List.of()),
                trainings.getOrDefault(c, List.of()), members.getOrDefault(c, List.of()),
                leaders.getOrDefault(c, Map.of()))));
        return work;
    }

    private StatementView view(AllowanceStatement st, Commune commune) {
        List<StatementView.Line> lines = em.createQuery("SELECT l FROM AllowanceLine l JOIN FETCH l.member m "
                        + "WHERE l.statement = :s ORDER BY m.sortKey, m.id, l.workDate, l.component, l.funding, l.id",
                        AllowanceLine.class)
                .setParameter("s", st).getResultList().stream().map(StatementView.Line::of).toList();
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
