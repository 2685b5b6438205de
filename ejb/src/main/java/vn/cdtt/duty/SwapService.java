package vn.cdtt.duty;

import static vn.cdtt.notification.NotificationTarget.MY_SHIFTS;
import static vn.cdtt.notification.NotificationTarget.OPEN_BOARD;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cdtt.account.Account;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Province;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.notification.NotificationTarget;
import vn.cdtt.notification.Notifier;
import vn.cdtt.roster.Member;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Swaps and the open board. A member asks a named colleague to take a shift, or gives it to the commune's open
 * board; the colleague (or anyone of the commune) accepts; the coordinator approves, and only then does the seat
 * change hands – with every rule of the shift checked again. Members also take free seats from the open board
 * directly. Every step locks the shift first, so two people acting at once cannot both win.
 */
@Stateless
public class SwapService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Staffing staffing;

    @Inject
    Notifier notifier;

    /** A free seat on a shift of the member's commune, for the open board. */
    public record OpenSeat(Shift shift, int free) implements Serializable {
    }

    /** Asks a colleague of the commune ({@code colleagueId}) – or, when null, the open board – to take my shift. */
    public SwapRequest ask(Long shiftId, Long colleagueId) {
        Caller caller = member();
        Shift shift = staffing.lock(shiftId);
        Member me = em.find(Member.class, caller.memberId());
        Member colleague = null;
        if (colleagueId != null) {
            colleague = em.find(Member.class, colleagueId);
            if (colleague == null || !colleague.getProvinceId().equals(caller.provinceId())) {
                throw new NotFoundException("Member", colleagueId);
            }
        }
        if (!pending(shift, me).isEmpty()) {
            throw new InvalidInputException("swap.alreadyPending");
        }
        SwapRequest r = new SwapRequest(shift, me, colleague, VietnamTime.now(), cutoff(shift));
        em.persist(r);
        Flush.now(em, "error.concurrentChange");
        if (colleague != null) {
            notifier.member(colleague, NotificationKind.SWAP_REQUESTED, MY_SHIFTS, null, me.getFullName(),
                    shift.getSite().getName(), shift.getDate(), shift.getPart());
        } else {
            // those who could take it: active members of the commune free in that session (one message each)
            List<Member> others = em.createQuery("SELECT m FROM Member m WHERE m.commune.id = :c AND m.status = "
                    + "vn.cdtt.roster.MemberStatus.ACTIVE AND m <> :me AND " + DutySlots.FREE, Member.class)
                    .setParameter("c", shift.getCommuneId()).setParameter("me", me)
                    .setParameter("d", shift.getDate()).setParameter("part", shift.getPart()).getResultList();
            notifier.members(others, NotificationKind.OPEN_SEAT, OPEN_BOARD, null, shift.getSite().getName(),
                    shift.getDate(), shift.getPart());
        }
        record(caller, r, AuditAction.CREATE, colleague == null
                ? LocalizedText.of("audit.event.swap.offered", shift.getSite().getName(), shift.getDate(), shift.getPart())
                : LocalizedText.of("audit.event.swap.asked", shift.getSite().getName(), shift.getDate(), shift.getPart(),
                        colleague.getFullName()));
        return r;
    }

    /** The named colleague accepts, or a member takes a give-away from the open board; the coordinator decides. */
    public SwapRequest accept(Long swapId) {
        Caller caller = member();
        SwapRequest r = lockedRequest(swapId);
        Member me = em.find(Member.class, caller.memberId());
        r.accept(me, VietnamTime.now(), cutoff(r.getShift()));
        if (staffing.busy(me, r.getShift())) {
            throw new InvalidInputException("shift.member.busy", me.getFullName());
        }
        Flush.now(em, "error.concurrentChange");
        Shift s = r.getShift();
        notifier.member(r.getFrom(), NotificationKind.SWAP_ACCEPTED, MY_SHIFTS, null, me.getFullName(),
                s.getSite().getName(), s.getDate(), s.getPart());
        List<Account> coordinators = em.createQuery("SELECT a FROM Account a WHERE a.enabled = TRUE AND a.role = "
                + "vn.cdtt.security.Role.COMMUNE_COORDINATOR AND a.communeId = :c", Account.class)
                .setParameter("c", r.getCommuneId()).getResultList();
        notifier.accounts(coordinators, NotificationKind.SWAP_ACCEPTED, NotificationTarget.board(r.getCommuneId(),
                s.getDate()), me.getFullName(), s.getSite().getName(), s.getDate(), s.getPart());
        record(caller, r, AuditAction.UPDATE, LocalizedText.of("audit.event.swap.accepted", s.getSite().getName(),
                s.getDate(), s.getPart(), me.getFullName(), r.getFrom().getFullName()));
        return r;
    }

    public SwapRequest decline(Long swapId) {
        Caller caller = member();
        SwapRequest r = lockedRequest(swapId);
        Member me = em.find(Member.class, caller.memberId());
        r.decline(me, VietnamTime.now());
        Flush.now(em, "error.concurrentChange");
        tellDecision(r);
        record(caller, r, AuditAction.UPDATE, LocalizedText.of("audit.event.swap.declined", r.getShift().getSite().getName(),
                r.getShift().getDate(), r.getShift().getPart(), me.getFullName()));
        return r;
    }

    public SwapRequest cancel(Long swapId) {
        Caller caller = member();
        SwapRequest r = lockedRequest(swapId);
        r.cancel(em.find(Member.class, caller.memberId()), VietnamTime.now());
        Flush.now(em, "error.concurrentChange");
        record(caller, r, AuditAction.UPDATE, LocalizedText.of("audit.event.swap.withdrawn",
                r.getShift().getSite().getName(), r.getShift().getDate(), r.getShift().getPart()));
        return r;
    }

    /** The coordinator's yes: the seat changes hands now, if every rule of the shift still holds. */
    public SwapRequest approve(Long swapId) {
        Caller caller = callers.current();
        SwapRequest r = lockedRequest(swapId);
        caller.requireWriteRoster(r.getProvinceId(), r.getCommuneId());
        LocalDateTime now = VietnamTime.now();
        Shift shift = r.getShift();
        r.approve(caller.username(), now);
        // a helper of a centre's request hands over the request's seat, not any seat
        Long servedRequest = shift.assignmentOf(r.getFrom()).map(Assignment::getHelperRequestId).orElse(null);
        staffing.takeOff(shift, r.getFrom(), caller.username(), now, false);
        if (servedRequest == null) {
            staffing.put(shift, r.getTo(), caller.username(), now);
        } else {
            staffing.putOnRequestSeat(shift, r.getTo(), servedRequest, caller.username(), now);
        }
        Flush.now(em, "error.concurrentChange");
        tellDecision(r);
        List<Member> partners = shift.getAssignments().stream().map(Assignment::getMember)
                .filter(m -> !m.equals(r.getTo())).toList();
        notifier.members(partners, NotificationKind.SHIFT_CHANGED, MY_SHIFTS, null, shift.getSite().getName(),
                shift.getDate(), shift.getPart(), r.getFrom().getFullName());
        record(caller, r, AuditAction.UPDATE, LocalizedText.of("audit.event.swap.approved", shift.getSite().getName(),
                shift.getDate(), shift.getPart(), r.getFrom().getFullName(), r.getTo().getFullName()));
        return r;
    }

    public SwapRequest reject(Long swapId) {
        Caller caller = callers.current();
        SwapRequest r = lockedRequest(swapId);
        caller.requireWriteRoster(r.getProvinceId(), r.getCommuneId());
        r.reject(caller.username(), VietnamTime.now());
        Flush.now(em, "error.concurrentChange");
        tellDecision(r);
        record(caller, r, AuditAction.UPDATE, LocalizedText.of("audit.event.swap.rejected",
                r.getShift().getSite().getName(), r.getShift().getDate(), r.getShift().getPart()));
        return r;
    }

    /**
     * A member takes a free seat of their commune's shift from the open board: no approval needed. The site's usual
     * seats come first; see {@link #takeOpenSeat(Long, Long)} for a seat a centre's request added.
     */
    public Shift takeOpenSeat(Long shiftId) {
        return takeOpenSeat(shiftId, null);
    }

    /**
     * A member takes, from the open board, one of the seats a centre's helper request ({@code helperRequestId}) added
     * to their commune's shift – the request's entry on the board –, or any free seat when it is null. Refused when
     * the request has no seat left ({@code request.seats.none}).
     */
    public Shift takeOpenSeat(Long shiftId, Long helperRequestId) {
        Caller caller = member();
        Shift shift = staffing.lock(shiftId);
        Member me = em.find(Member.class, caller.memberId());
        if (!me.getCommune().getId().equals(shift.getCommuneId())) {
            throw new AccessDeniedException();
        }
        if (helperRequestId == null) {
            staffing.put(shift, me, caller.username(), VietnamTime.now());
        } else {
            staffing.putOnRequestSeat(shift, me, helperRequestId, caller.username(), VietnamTime.now());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("member", me.getFullName());
        after.put("shift", ShiftService.describe(shift));
        if (helperRequestId != null) {
            after.put("helperRequest", helperRequestId);
        }
        audit.record(caller.username(), AuditAction.CREATE, "Assignment", shift.getId(), shift.getProvinceId(),
                shift.getCommuneId(), LocalizedText.of("audit.event.swap.openSeat", shift.getSite().getName(),
                        shift.getDate(), shift.getPart(), me.getFullName()), null, after);
        return shift;
    }

    /** How many colleagues a hand-over's search shows at most: a phone shows a short list, the search narrows it. */
    public static final int COLLEAGUES_SHOWN = 20;

    /**
     * Colleagues the member may hand one of their shifts to: active, of the commune, free in that session, whose
     * name, phone or citizen ID contains every word of {@code search} (diacritics and case ignored; blank: anyone),
     * by given name, at most {@link #COLLEAGUES_SHOWN}.
     */
    public List<Member> colleagues(Long shiftId, String search) {
        Caller caller = member();
        Shift shift = shiftId == null ? null : em.find(Shift.class, shiftId);
        if (shift == null || shift.getAssignments().stream().noneMatch(a -> a.getMember().getId().equals(caller.memberId()))) {
            throw new NotFoundException("Shift", shiftId);
        }
        List<String> words = Member.searchWords(search);
        StringBuilder matching = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            matching.append(" AND m.searchText LIKE :w").append(i);
        }
        TypedQuery<Member> q = em.createQuery("SELECT m FROM Member m WHERE m.commune.id = :c AND m.status = "
                        + "vn.cdtt.roster.MemberStatus.ACTIVE AND m.id <> :me AND " + DutySlots.FREE + matching
                        + " ORDER BY m.sortKey, m.id", Member.class)
                .setParameter("c", shift.getCommuneId()).setParameter("me", caller.memberId())
                .setParameter("d", shift.getDate()).setParameter("part", shift.getPart());
        for (int i = 0; i < words.size(); i++) {
            q.setParameter("w" + i, "%" + words.get(i) + "%");
        }
        return q.setMaxResults(COLLEAGUES_SHOWN).getResultList();
    }

    /** Pending requests the member made or was asked, soonest shift first. */
    public List<SwapRequest> mine() {
        Caller caller = member();
        // "r.to.id" would join r.to inside: a give-away (no colleague named) would drop out of the member's cards
        return em.createQuery("SELECT r FROM SwapRequest r JOIN FETCH r.shift s JOIN FETCH r.from "
                        + "LEFT JOIN FETCH r.to LEFT JOIN r.to asked WHERE (r.from.id = :me OR asked.id = :me) AND r.status IN "
                        + "(vn.cdtt.duty.SwapStatus.ASKED, vn.cdtt.duty.SwapStatus.OPEN, vn.cdtt.duty.SwapStatus.ACCEPTED) "
                        + "AND s.date >= :today ORDER BY s.date, s.startTime", SwapRequest.class)
                .setParameter("me", caller.memberId()).setParameter("today", VietnamTime.today())
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "r.shift.site").getResultList();
    }

    /** Give-aways of others in the member's commune that have not started. */
    public List<SwapRequest> openGiveAways() {
        Caller caller = member();
        LocalDateTime now = VietnamTime.now();
        return em.createQuery("SELECT r FROM SwapRequest r JOIN FETCH r.shift s JOIN FETCH r.from "
                        + "WHERE r.communeId = :c AND r.status = vn.cdtt.duty.SwapStatus.OPEN AND r.from.id <> :me "
                        + "AND s.date >= :today ORDER BY s.date, s.startTime", SwapRequest.class)
                .setParameter("c", myCommune(caller)).setParameter("me", caller.memberId())
                .setParameter("today", now.toLocalDate()).setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.shift.site").getResultList()
                .stream().filter(r -> !r.getShift().hasStarted(now)).toList();
    }

    /** Shifts of the member's commune in the next 30 days with free seats that the member is not on. */
    public List<OpenSeat> openSeats() {
        Caller caller = member();
        LocalDateTime now = VietnamTime.now();
        return em.createQuery("SELECT s FROM Shift s JOIN FETCH s.site WHERE s.communeId = :c AND s.filled < s.seats "
                        + "AND s.date BETWEEN :today AND :until AND NOT EXISTS (SELECT a FROM Assignment a WHERE "
                        + "a.shift = s AND a.member.id = :me) ORDER BY s.date, s.startTime", Shift.class)
                .setParameter("c", myCommune(caller)).setParameter("me", caller.memberId())
                .setParameter("today", now.toLocalDate()).setParameter("until", now.toLocalDate().plusDays(30))
                .setMaxResults(100).getResultList().stream().filter(s -> !s.hasStarted(now))
                .map(s -> new OpenSeat(s, s.getSeats() - s.getFilled())).toList();
    }

    /** Requests of a commune still waiting for someone, for the coordinator's board (accepted ones first). */
    public List<SwapRequest> pendingInCommune(Long communeId) {
        Caller caller = callers.current();
        caller.requireReadRoster(caller.provinceId(), communeId);
        return em.createQuery("SELECT r FROM SwapRequest r JOIN FETCH r.shift s JOIN FETCH r.from "
                        + "LEFT JOIN FETCH r.to WHERE r.communeId = :c AND r.status IN (vn.cdtt.duty.SwapStatus.ASKED, "
                        + "vn.cdtt.duty.SwapStatus.OPEN, vn.cdtt.duty.SwapStatus.ACCEPTED) AND s.date >= :today "
                        + "ORDER BY r.status, s.date, s.startTime", SwapRequest.class)
                .setParameter("c", communeId).setParameter("today", VietnamTime.today())
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "r.shift.site").getResultList();
    }

    /** The province's cut-off (hours before a shift after which members no longer swap on their own). */
    public int cutoffHours() {
        return em.find(Province.class, callers.current().provinceId()).getSwapCutoffHours();
    }

    public void changeCutoffHours(int hours) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        Province p = em.find(Province.class, caller.provinceId());
        int before = p.getSwapCutoffHours();
        p.changeSwapCutoffHours(hours);
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.UPDATE, "Province", p.getId(), p.getId(), null,
                LocalizedText.of("audit.event.swap.cutoff", hours), Map.of("swapCutoffHours", before),
                Map.of("swapCutoffHours", hours));
    }

    private List<SwapRequest> pending(Shift shift, Member from) {
        return em.createQuery("SELECT r FROM SwapRequest r WHERE r.shift = :s AND r.from = :m AND r.status IN "
                        + "(vn.cdtt.duty.SwapStatus.ASKED, vn.cdtt.duty.SwapStatus.OPEN, vn.cdtt.duty.SwapStatus.ACCEPTED)",
                        SwapRequest.class).setParameter("s", shift).setParameter("m", from).getResultList();
    }

    private void tellDecision(SwapRequest r) {
        Shift s = r.getShift();
        List<Member> told = r.getTo() == null ? List.of(r.getFrom()) : List.of(r.getFrom(), r.getTo());
        notifier.members(told, NotificationKind.SWAP_DECIDED, MY_SHIFTS, null, s.getSite().getName(), s.getDate(),
                s.getPart(), r.getStatus());
    }

    private Duration cutoff(Shift shift) {
        return em.find(Province.class, shift.getProvinceId()).swapCutoff();
    }

    /** The request, with its shift locked first: every step on one shift happens one after another. */
    private SwapRequest lockedRequest(Long swapId) {
        SwapRequest r = swapId == null ? null : em.find(SwapRequest.class, swapId);
        if (r == null || !r.getProvinceId().equals(callers.current().provinceId())) {
            throw new NotFoundException("SwapRequest", swapId);
        }
        staffing.lock(r.getShift().getId());
        em.refresh(r);
        return r;
    }

    private void record(Caller caller, SwapRequest r, AuditAction action, LocalizedText summary) {
        audit.record(caller.username(), action, "SwapRequest", r.getId(), r.getProvinceId(), r.getCommuneId(), summary,
                null, Map.of("status", r.getStatus()));
    }

    /** The commune of the member's record (the account's commune may lag behind a move). */
    private Long myCommune(Caller caller) {
        return em.find(Member.class, caller.memberId()).getCommune().getId();
    }

    private Caller member() {
        return callers.current().requireMember();
    }
}
