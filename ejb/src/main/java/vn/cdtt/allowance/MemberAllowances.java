package vn.cdtt.allowance;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.commune.Commune;
import vn.cdtt.roster.Member;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Allowances as one member sees them: their own months on the phone, one month's lines, the PDF statement, and the
 * public list of their commune's approved months. A member only ever reads their own lines; coordinators (their
 * commune, or the province) and viewers read any member's statement of their scope. Each call is a fixed number of
 * queries whatever the number of months, lines or members.
 */
@Stateless
public class MemberAllowances {

    private static final String PUBLIC_STATES = "(vn.cdtt.allowance.StatementState.APPROVED, "
            + "vn.cdtt.allowance.StatementState.PAID)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** One of the member's months: the statement it belongs to, its state and the member's amount in it. */
    public record Month(Long statementId, YearMonth month, StatementState state, long amount, LocalDate paidOn,
                        String paymentReference) implements Serializable {
    }

    /** One member's part of a statement: who, which team, and their lines with the statement's state. */
    public record MemberStatement(Long memberId, String member, String team, StatementView view)
            implements Serializable {
    }

    /** A commune's approved (or paid) month as everyone in it may see it: names and totals, no lines. */
    public record PublicList(String commune, YearMonth month, StatementState state, List<Row> rows)
            implements Serializable {

        /** One member and their total. */
        public record Row(String member, long total) implements Serializable {
        }

        public long total() {
            return rows.stream().mapToLong(Row::total).sum();
        }
    }

    /** The caller's (a member's) months with an amount, newest first: one query. */
    public List<Month> mine() {
        Caller caller = callers.current().requireMember();
        return em.createQuery("SELECT s.id, s.monthStart, s.state, s.paidOn, s.paymentReference, SUM(l.amount) "
                        + "FROM AllowanceLine l JOIN l.statement s WHERE l.member.id = :me "
                        + "GROUP BY s.id, s.monthStart, s.state, s.paidOn, s.paymentReference "
                        + "ORDER BY s.monthStart DESC, s.id DESC", Object[].class)
                .setParameter("me", caller.memberId()).getResultList().stream()
                .map(r -> new Month((Long) r[0], YearMonth.from((LocalDate) r[1]), (StatementState) r[2],
                        ((Number) r[5]).longValue(), (LocalDate) r[3], (String) r[4])).toList();
    }

    /**
     * One member's lines of one statement with its totals. A member reads only their own (another member's is
     * refused); coordinators and viewers any member of a statement in their scope.
     */
    public MemberStatement statement(Long statementId, Long memberId) {
        Caller caller = callers.current();
        AllowanceStatement st = statementId == null ? null : em.find(AllowanceStatement.class, statementId);
        if (st == null || !st.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("AllowanceStatement", statementId);
        }
        if (caller.is(Role.MEMBER)) {
            if (memberId == null || !memberId.equals(caller.requireMember().memberId())) {
                throw new AccessDeniedException();
            }
        } else {
            caller.requireReadRoster(st.getProvinceId(), st.getCommuneId());
        }
        List<StatementView.Line> lines = em.createQuery("SELECT l FROM AllowanceLine l JOIN FETCH l.member m "
                        + "WHERE l.statement = :s AND m.id = :m ORDER BY l.workDate, l.component, l.funding, l.id",
                        AllowanceLine.class)
                .setParameter("s", st).setParameter("m", memberId).getResultList().stream()
                .map(StatementView.Line::of).toList();
        if (lines.isEmpty()) {
            throw new NotFoundException("AllowanceLine", memberId);
        }
        String team = em.createQuery("SELECT t.name FROM Member m JOIN m.team t WHERE m.id = :m", String.class)
                .setParameter("m", memberId).getResultList().stream().findFirst().orElse("");
        Commune commune = em.find(Commune.class, st.getCommuneId());
        StatementView view = new StatementView(st.getId(), st.getCommuneId(), commune.toString(), st.month(),
                st.getState(), st.getVersion(), st.getReturnedReason(), st.getPaidOn(), st.getPaymentReference(), lines);
        return new MemberStatement(memberId, lines.get(0).member(), team, view);
    }

    /** The PDF statement of one member's month, in the reader's language; scope as {@link #statement}. */
    public byte[] pdf(Long statementId, Long memberId, Locale locale) {
        return MemberStatementPdf.write(statement(statementId, memberId), locale);
    }

    /**
     * The public list of a commune's approved or paid month: {@code month} null means the newest such month. A member
     * reads their own commune's ({@code communeId} null or theirs); viewers and coordinators those of their scope.
     * Empty while the month is not approved: before approval nobody sees it here.
     */
    public Optional<PublicList> publicList(Long communeId, YearMonth month) {
        Caller caller = callers.current();
        Long commune;
        if (caller.is(Role.MEMBER)) {
            Member me = em.find(Member.class, caller.requireMember().memberId());
            commune = me.getCommune().getId();
            if (communeId != null && !communeId.equals(commune)) {
                throw new AccessDeniedException();
            }
        } else {
            Commune c = communeId == null ? null : em.find(Commune.class, communeId);
            if (c == null) {
                throw new NotFoundException("Commune", communeId);
            }
            caller.requireReadRoster(c.getProvince().getId(), communeId);
            commune = communeId;
        }
        TypedQuery<AllowanceStatement> q = em.createQuery("SELECT s FROM AllowanceStatement s WHERE s.communeId = :c "
                + "AND s.state IN " + PUBLIC_STATES + (month == null ? "" : " AND s.monthStart = :m")
                + " ORDER BY s.monthStart DESC", AllowanceStatement.class).setParameter("c", commune);
        if (month != null) {
            q.setParameter("m", month.atDay(1));
        }
        Optional<AllowanceStatement> found = q.setMaxResults(1).getResultList().stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AllowanceStatement st = found.get();
        List<PublicList.Row> rows = em.createQuery("SELECT m.fullName, SUM(l.amount) FROM AllowanceLine l "
                        + "JOIN l.member m WHERE l.statement = :s GROUP BY m.id, m.fullName, m.sortKey "
                        + "ORDER BY m.sortKey, m.id", Object[].class)
                .setParameter("s", st).getResultList().stream()
                .map(r -> new PublicList.Row((String) r[0], ((Number) r[1]).longValue())).toList();
        return Optional.of(new PublicList(em.find(Commune.class, commune).toString(), st.month(),
                st.getState(), rows));
    }
}
