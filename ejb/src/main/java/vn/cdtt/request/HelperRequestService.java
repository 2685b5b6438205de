package vn.cdtt.request;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.cdtt.account.Account;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.common.validation.Rules;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.Province;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.commune.SiteKind;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.DutySlots;
import vn.cdtt.duty.Presence;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.duty.Staffing;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.notification.NotificationTarget;
import vn.cdtt.notification.Notifier;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.Skill;
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Helper requests: the centre asks, the coordinator who runs the site answers and fills, everyone sees the fill.
 * Scope: centre staff their own site; commune coordinators the sites of their commune (the province coordinator
 * the provincial centre's sites, and any site); viewers read. Seats change only through {@link Staffing}, with the
 * request and then each shift locked, so every duty rule holds and concurrent changes have one winner.
 */
@Stateless
public class HelperRequestService {

    /** The longest range one request may span. */
    public static final int MAX_DAYS = 31;

    /** Requests that have started with their seats on the shifts: what the filled share is measured on. */
    private static final Set<RequestState> SETTLED = java.util.EnumSet.of(RequestState.FILLED, RequestState.SHORT,
            RequestState.DONE);

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Staffing staffing;

    @Inject
    ShiftService shifts;

    @Inject
    Notifier notifier;

    /** Files a request; bad input is refused with every problem found and nothing is stored. */
    public HelperRequest file(HelperRequestForm form) {
        Caller caller = callers.current();
        ServiceSite site = form.getSiteId() == null ? null
                : em.find(ServiceSite.class, form.getSiteId(), LockModeType.PESSIMISTIC_WRITE);
        if (site == null || !site.getProvince().getId().equals(caller.provinceId())) {
            throw new InvalidInputException("request.site.required");
        }
        requireFiles(site, caller);
        LocalDateTime now = VietnamTime.now();
        SortedMap<LocalDate, List<SessionPart>> open;
        try {
            open = openSessions(site, form, now);
        } catch (InvalidInputException e) {
            // the days decide the rest; the form's own problems are reported with theirs
            List<InvalidInputException.Problem> problems = new ArrayList<>(e.getProblems());
            problems.addAll(Rules.check(form));
            throw new InvalidInputException(problems);
        }
        requireNoOpenRequest(site, open);
        Province province = em.find(Province.class, site.getProvince().getId());
        HelperRequest r = new HelperRequest(site, form, open, catalogue(Skill.class, form.getSkillIds()),
                catalogue(SpokenLanguage.class, form.getLanguageIds()), province.getHelperRequestMax(),
                caller.username(), now);
        em.persist(r);
        Flush.now(em, "request.duplicate.race");
        notifier.accounts(coordinatorsOf(site), NotificationKind.REQUEST_FILED, NotificationTarget.HELPER_REQUESTS,
                site.getName(), r.getHelpers(),
                r.getFirstDay(), r.getLastDay());
        record(caller, r, AuditAction.CREATE, "audit.event.request.filed", null);
        return r;
    }

    /** The coordinator's yes: the seats of the shifts of every session go up by the helpers asked for. */
    public HelperRequest accept(Long requestId) {
        Caller caller = callers.current();
        HelperRequest r = locked(requestId);
        requireRuns(r.getSite(), caller);
        LocalDateTime now = VietnamTime.now();
        Map<String, Object> before = r.auditState();
        r.accept(caller.username(), now);
        for (HelperRequestSession day : r.getDays()) {
            day.raisedOn(staffing.raise(r.getSite(), day.getDate(), day.getPart(), r.getHelpers(), now));
        }
        Flush.now(em, "error.concurrentChange");
        notifier.accounts(staffOf(r.getSite()), NotificationKind.REQUEST_ANSWERED,
                NotificationTarget.CENTRE_REQUESTS, r.getSite().getName(),
                r.getFirstDay(), r.getState());
        record(caller, r, AuditAction.UPDATE, "audit.event.request.accepted", before);
        return r;
    }

    public HelperRequest decline(Long requestId, String reason) {
        Caller caller = callers.current();
        HelperRequest r = locked(requestId);
        requireRuns(r.getSite(), caller);
        Map<String, Object> before = r.auditState();
        r.decline(reason, caller.username(), VietnamTime.now());
        Flush.now(em, "error.concurrentChange");
        notifier.accounts(staffOf(r.getSite()), NotificationKind.REQUEST_ANSWERED,
                NotificationTarget.CENTRE_REQUESTS, r.getSite().getName(),
                r.getFirstDay(), r.getState());
        record(caller, r, AuditAction.UPDATE, "audit.event.request.declined", before);
        return r;
    }

    /**
     * The requester withdraws before the start: the helpers placed are taken off (and told), the seats go back down.
     */
    public HelperRequest cancel(Long requestId) {
        Caller caller = callers.current();
        HelperRequest r = lockedWithShifts(requestId);
        requireRequester(r, caller);
        LocalDateTime now = VietnamTime.now();
        boolean seated = RequestState.SEATED.contains(r.getState());
        Map<String, Object> before = r.auditState();
        r.cancel(now);
        if (seated) {
            for (HelperRequestSession day : r.getDays()) {
                if (day.getShift() != null) {
                    Shift shift = staffing.lock(day.getShift().getId());
                    List<Member> helpers = shift.getAssignments().stream()
                            .filter(a -> r.getId().equals(a.getHelperRequestId())).map(Assignment::getMember).toList();
                    for (Member m : helpers) {
                        staffing.takeOff(shift, m, caller.username(), now, false);
                    }
                    staffing.lower(shift, r.getHelpers(), now);
                }
            }
        }
        Flush.now(em, "error.concurrentChange");
        notifier.accounts(coordinatorsOf(r.getSite()), NotificationKind.REQUEST_CANCELLED,
                NotificationTarget.HELPER_REQUESTS,
                r.getSite().getName(), r.getFirstDay());
        record(caller, r, AuditAction.UPDATE, "audit.event.request.cancelled", before);
        return r;
    }

    /**
     * Changes the helpers asked for per session; once accepted, the seats of every session's shift follow (never
     * below the members already on it).
     */
    public HelperRequest changeHelpers(Long requestId, Integer helpers) {
        Caller caller = callers.current();
        HelperRequest r = lockedWithShifts(requestId);
        if (r.getState() == RequestState.NEW) {
            requireRequester(r, caller);
        } else {
            requireRuns(r.getSite(), caller);
        }
        if (!r.getState().isOpen()) {
            throw new InvalidInputException("request.state.invalid");
        }
        LocalDateTime now = VietnamTime.now();
        Map<String, Object> before = r.auditState();
        int was = r.getHelpers();
        r.changeHelpers(helpers, em.find(Province.class, r.getProvinceId()).getHelperRequestMax());
        int delta = r.getHelpers() - was;
        if (RequestState.SEATED.contains(r.getState()) && delta != 0) {
            for (HelperRequestSession day : r.getDays()) {
                if (delta > 0) {
                    day.raisedOn(staffing.raise(r.getSite(), day.getDate(), day.getPart(), delta, now));
                } else if (day.getShift() != null) {
                    staffing.lower(staffing.lock(day.getShift().getId()), -delta, now);
                }
            }
        }
        Flush.now(em, "error.concurrentChange");
        record(caller, r, AuditAction.UPDATE, "audit.event.request.helpers", before);
        return r;
    }

    /**
     * Puts the extra seats on the commune's open board (they are there as soon as the request is accepted) and tells
     * the members who match the request – with a requested skill or language, or everyone when none is asked – and
     * are free in its first session. Returns how many were told.
     */
    public int publish(Long requestId) {
        Caller caller = callers.current();
        HelperRequest r = locked(requestId);
        requireRuns(r.getSite(), caller);
        if (!RequestState.SEATED.contains(r.getState())) {
            throw new InvalidInputException("request.state.invalid");
        }
        r.startFilling();
        HelperRequestSession first = r.getDays().get(0);
        List<Member> free = em.createQuery("SELECT m FROM Member m WHERE m.commune.id = :c AND m.status = "
                        + "vn.cdtt.roster.MemberStatus.ACTIVE AND " + DutySlots.FREE + " ORDER BY m.sortKey", Member.class)
                .setParameter("c", r.getCommuneId()).setParameter("d", first.getDate())
                .setParameter("part", first.getPart()).getResultList();
        boolean asksSomething = !r.getSkills().isEmpty() || !r.getLanguages().isEmpty();
        List<Member> told = free.stream().filter(m -> !asksSomething || matches(m, r) > 0).toList();
        notifier.members(told, NotificationKind.REQUEST_SEATS, NotificationTarget.OPEN_BOARD, null,
                r.getSite().getName(), r.getHelpers(), r.getFirstDay(), r.getLastDay());
        Flush.now(em, "error.concurrentChange");
        record(caller, r, AuditAction.UPDATE, "audit.event.request.published", null);
        return told.size();
    }

    /**
     * The pick list for one session of a request: the members who may take it (the shift's candidates, of the
     * commune, or province-wide by name for the province), those with more of the requested skills and languages first.
     */
    public List<Member> candidates(Long sessionId, String search) {
        Caller caller = callers.current();
        HelperRequestSession day = sessionId == null ? null : em.find(HelperRequestSession.class, sessionId);
        if (day == null || !day.getRequest().getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("HelperRequestSession", sessionId);
        }
        HelperRequest r = day.getRequest();
        requireRuns(r.getSite(), caller);
        if (day.getShift() == null) {
            throw new InvalidInputException("request.notAccepted");
        }
        List<Member> found = new ArrayList<>(shifts.candidates(day.getShift().getId(), search));
        found.sort(Comparator.comparingInt((Member m) -> -matches(m, r)));
        return found;
    }

    /** The centre's one-line rating of a request that is done. */
    public HelperRequest rate(Long requestId, String rating) {
        Caller caller = callers.current();
        HelperRequest r = locked(requestId);
        requireRequester(r, caller);
        r.rate(rating);
        Flush.now(em, "error.concurrentChange");
        record(caller, r, AuditAction.UPDATE, "audit.event.request.rated", null);
        return r;
    }

    /** One request with its fill, for whoever may read it. */
    public RequestProgress progress(Long requestId) {
        Caller caller = callers.current();
        HelperRequest r = requestId == null ? null : em.find(HelperRequest.class, requestId);
        if (r == null || !r.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("HelperRequest", requestId);
        }
        requireRead(r, caller);
        return progressOf(r, caller.preferredLocale());
    }

    /** Centre staff: the requests of their own site from a week ago on, soonest first. */
    public List<RequestProgress> mySite() {
        Caller caller = callers.current();
        caller.require(Role.CENTRE_STAFF);
        if (caller.siteId() == null) {
            throw new AccessDeniedException();
        }
        TypedQuery<HelperRequest> q = em.createQuery("SELECT r FROM HelperRequest r JOIN FETCH r.site WHERE "
                        + "r.site.id = :s AND r.lastDay >= :from ORDER BY r.firstDay, r.id", HelperRequest.class)
                .setParameter("s", caller.siteId()).setParameter("from", VietnamTime.today().minusDays(7));
        return withProgress(q).getResultList().stream().map(r -> progressOf(r, caller.preferredLocale())).toList();
    }

    /**
     * Coordinators and viewers: the requests of a commune (or, for province-wide readers and a null commune, of the
     * province) from a month ago on – those waiting for an answer first (oldest first), then the shortest.
     */
    public List<RequestProgress> list(Long communeId, boolean openOnly) {
        Caller caller = callers.current();
        Long scope = caller.communeScope(communeId);
        TypedQuery<HelperRequest> q = em.createQuery("SELECT r FROM HelperRequest r JOIN FETCH r.site WHERE "
                        + "r.provinceId = :p AND r.lastDay >= :from" + (scope == null ? "" : " AND r.communeId = :c")
                        + (openOnly ? " AND r.state IN :open" : "") + " ORDER BY r.filedAt", HelperRequest.class)
                .setParameter("p", caller.provinceId()).setParameter("from", VietnamTime.today().minusDays(30));
        if (scope != null) {
            q.setParameter("c", scope);
        }
        if (openOnly) {
            q.setParameter("open", RequestState.OPEN);
        }
        List<HelperRequest> found = withProgress(q).getResultList();
        return found.stream().map(r -> progressOf(r, caller.preferredLocale()))
                .sorted(Comparator.comparing((RequestProgress p) -> p.state() != RequestState.NEW)
                        .thenComparing(Comparator.comparingInt(RequestProgress::shortBy).reversed())
                        .thenComparing(RequestProgress::filedAt))
                .toList();
    }

    /** How many requests wait for the caller's answer (the menu badge): 0 for anyone who does not answer them. */
    public long waiting() {
        Caller caller = callers.current();
        if (caller.is(Role.COMMUNE_COORDINATOR)) {
            return em.createQuery("SELECT COUNT(r) FROM HelperRequest r WHERE r.communeId = :c AND r.state = "
                    + "vn.cdtt.request.RequestState.NEW AND r.site.kind = vn.cdtt.commune.SiteKind.COMMUNE_CENTRE",
                    Long.class).setParameter("c", caller.communeId()).getSingleResult();
        }
        if (caller.is(Role.PROVINCE_COORDINATOR)) {
            return em.createQuery("SELECT COUNT(r) FROM HelperRequest r WHERE r.provinceId = :p AND r.state = "
                    + "vn.cdtt.request.RequestState.NEW AND r.site.kind = vn.cdtt.commune.SiteKind.PROVINCIAL_CENTRE",
                    Long.class).setParameter("p", caller.provinceId()).getSingleResult();
        }
        return 0;
    }

    /**
     * Per commune, the requests filed in the last {@code days} days: the answer time and the share of the seats of
     * started requests that were filled by the start (FILLED, SHORT or DONE). Province-wide readers see every commune;
     * a commune coordinator their own.
     */
    public List<CommuneFigures> figures(int days) {
        Caller caller = callers.current();
        Long scope = caller.communeScope(null);
        LocalDateTime since = VietnamTime.now().minusDays(days);
        TypedQuery<HelperRequest> q = em.createQuery("SELECT r FROM HelperRequest r WHERE r.provinceId = :p "
                + "AND r.filedAt >= :since" + (scope == null ? "" : " AND r.communeId = :c"), HelperRequest.class)
                .setParameter("p", caller.provinceId()).setParameter("since", since);
        if (scope != null) {
            q.setParameter("c", scope);
        }
        Map<Long, List<HelperRequest>> byCommune = new TreeMap<>();
        q.getResultList().forEach(r -> byCommune.computeIfAbsent(r.getCommuneId(), c -> new ArrayList<>()).add(r));
        List<CommuneFigures> figures = new ArrayList<>();
        byCommune.forEach((communeId, list) -> {
            List<HelperRequest> answered = list.stream().filter(r -> r.getAnsweredAt() != null).toList();
            Double hours = answered.isEmpty() ? null : answered.stream()
                    .mapToLong(r -> ChronoUnit.MINUTES.between(r.getFiledAt(), r.getAnsweredAt())).average()
                    .orElse(0) / 60.0;
            int asked = 0;
            int filled = 0;
            for (HelperRequest r : list) {
                if (r.getAnsweredBy() != null && SETTLED.contains(r.getState())) {
                    RequestProgress p = progressOf(r, caller.preferredLocale());
                    asked += p.getAskedSeats();
                    filled += p.days().stream().mapToInt(d -> Math.min(d.asked(), d.filled())).sum();
                }
            }
            figures.add(new CommuneFigures(communeId, em.find(Commune.class, communeId).toString(), list.size(),
                    answered.size(), hours, asked, filled));
        });
        figures.sort(Comparator.comparing(CommuneFigures::commune));
        return figures;
    }

    /** The sites the caller may file for: centre staff their own, coordinators those they run. */
    public List<ServiceSite> sitesToFileFor() {
        Caller caller = callers.current();
        if (caller.is(Role.CENTRE_STAFF)) {
            return caller.siteId() == null ? List.of() : List.of(em.find(ServiceSite.class, caller.siteId()));
        }
        if (caller.is(Role.COMMUNE_COORDINATOR)) {
            return em.createQuery("SELECT s FROM ServiceSite s WHERE s.commune.id = :c AND s.kind = "
                    + "vn.cdtt.commune.SiteKind.COMMUNE_CENTRE ORDER BY s.name", ServiceSite.class)
                    .setParameter("c", caller.communeId()).getResultList();
        }
        if (caller.is(Role.PROVINCE_COORDINATOR)) {
            return em.createQuery("SELECT s FROM ServiceSite s WHERE s.province.id = :p ORDER BY s.kind DESC, s.name",
                    ServiceSite.class).setParameter("p", caller.provinceId()).getResultList();
        }
        return List.of();
    }

    /**
     * The answer time the form asks for when left empty, for the page to show once the first day is chosen: 17:00 the
     * day before, or the start of the first session when that has passed ({@link HelperRequest#defaultAnswerBy}).
     * Null when the day has no session of the site left to ask for.
     */
    public LocalDateTime defaultAnswerBy(Long siteId, LocalDate firstDay, RequestSessions sessions) {
        Caller caller = callers.current();
        ServiceSite site = siteId == null ? null : em.find(ServiceSite.class, siteId);
        if (firstDay == null || sessions == null || site == null
                || !site.getProvince().getId().equals(caller.provinceId())) {
            return null;
        }
        requireFiles(site, caller);
        LocalDateTime now = VietnamTime.now();
        return site.getSessions().stream()
                .filter(x -> x.getDayOfWeek() == firstDay.getDayOfWeek() && sessions.parts().contains(x.getPart()))
                .map(x -> firstDay.atTime(x.getStartTime())).filter(now::isBefore).min(Comparator.naturalOrder())
                .map(start -> HelperRequest.defaultAnswerBy(start, now)).orElse(null);
    }

    /**
     * The open board's view of the centres' requests on some shifts of the member's commune: per shift, the seats of
     * the request still free there and what it asks for, so the board shows them as the centre's request and a member
     * takes one of them ({@code SwapService.takeOpenSeat(shift, request)}). Five queries, whatever the shifts.
     */
    public List<RequestSeatsOnBoard> onOpenBoard(Collection<Long> shiftIds) {
        Caller caller = callers.current().requireMember();
        if (shiftIds == null || shiftIds.isEmpty()) {
            return List.of();
        }
        List<HelperRequestSession> sessions = em.createQuery("SELECT x FROM HelperRequestSession x JOIN FETCH x.request r "
                        + "WHERE x.shift.id IN :ids AND r.state IN :seated AND r.provinceId = :p ORDER BY x.id",
                        HelperRequestSession.class)
                .setParameter("ids", shiftIds).setParameter("seated", RequestState.SEATED)
                .setParameter("p", caller.provinceId()).setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "x.shift").setHint("eclipselink.batch", "x.request.languages")
                .setHint("eclipselink.batch", "x.request.skills").getResultList();
        if (sessions.isEmpty()) {
            return List.of();
        }
        Map<List<Long>, Long> serving = new HashMap<>();
        em.createQuery("SELECT a.shift.id, a.helperRequestId, COUNT(a) FROM Assignment a WHERE a.shift.id IN :ids "
                        + "AND a.helperRequestId IS NOT NULL GROUP BY a.shift.id, a.helperRequestId", Object[].class)
                .setParameter("ids", shiftIds).getResultList()
                .forEach(row -> serving.put(List.of((Long) row[0], (Long) row[1]), (Long) row[2]));
        List<RequestSeatsOnBoard> seats = new ArrayList<>();
        for (HelperRequestSession x : sessions) {
            HelperRequest r = x.getRequest();
            Long shiftId = x.getShift().getId();
            int free = r.getHelpers() - serving.getOrDefault(List.of(shiftId, r.getId()), 0L).intValue();
            seats.add(new RequestSeatsOnBoard(r.getId(), shiftId, Math.max(0, free), r.getReason(), r.getReasonText(),
                    needs(r, caller.preferredLocale())));
        }
        return seats;
    }

    /**
     * Reads, with a request, everything its progress shows – sessions, shifts, helpers, skills, languages – in one
     * query per relation, so a list of requests (the centre's page refreshes its own every 30 seconds) takes the same
     * statements whatever the requests and helpers.
     */
    private static TypedQuery<HelperRequest> withProgress(TypedQuery<HelperRequest> q) {
        return q.setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "r.days")
                .setHint("eclipselink.batch", "r.days.shift").setHint("eclipselink.batch", "r.days.shift.assignments")
                .setHint("eclipselink.batch", "r.days.shift.assignments.member")
                .setHint("eclipselink.batch", "r.days.shift.assignments.member.commune")
                .setHint("eclipselink.batch", "r.site.commune").setHint("eclipselink.batch", "r.languages")
                .setHint("eclipselink.batch", "r.skills");
    }

    public RequestProgress progressOf(HelperRequest r, Locale locale) {
        boolean seated = r.getState() != RequestState.NEW && r.getState() != RequestState.DECLINED
                && r.getState() != RequestState.CANCELLED;
        List<RequestProgress.Session> days = new ArrayList<>();
        int shortBy = 0;
        for (HelperRequestSession d : r.getDays()) {
            List<Assignment> helpers = d.getShift() == null ? List.of() : d.getShift().getAssignments().stream()
                    .filter(a -> r.getId().equals(a.getHelperRequestId())).toList();
            int asked = seated || r.getState() == RequestState.NEW ? r.getHelpers() : 0;
            days.add(new RequestProgress.Session(d.getId(), d.getDate(), d.getPart(),
                    d.getShift() == null ? null : d.getShift().getId(), asked, helpers.size(),
                    (int) helpers.stream().filter(a -> a.getCheckedInAt() != null).count(),
                    (int) helpers.stream().filter(a -> a.getPresence() == Presence.PRESENT).count(),
                    helpers.stream().map(a -> new RequestProgress.Helper(a.getMember().getId(),
                            a.getMember().getFullName(), a.getMember().getPhone(),
                            a.getMember().getCommune().toString())).toList()));
            shortBy += Math.max(0, asked - helpers.size());
        }
        return new RequestProgress(r.getId(), r.getVersion(), r.getSite().getName(), r.getCommuneId(),
                r.getSite().getCommune().toString(), r.getFirstDay(), r.getLastDay(), r.getSessions(),
                r.getHelpers(), r.getReason(), r.getReasonText(), needs(r, locale), r.getContactName(),
                r.getContactPhone(), r.getAnswerBy(), r.getFiledAt(), r.getState(), r.getDeclineReason(),
                r.getRating(), days, shortBy);
    }

    /** The requested skills and languages, by name, e.g. "Jrai, VNeID". */
    static String needs(HelperRequest r, Locale locale) {
        List<String> names = new ArrayList<>();
        r.getLanguages().forEach(l -> names.add(l.name(locale)));
        r.getSkills().forEach(s -> names.add(s.name(locale)));
        return names.stream().sorted().collect(Collectors.joining(", "));
    }

    /** How many of the requested skills and languages the member has. */
    static int matches(Member m, HelperRequest r) {
        Set<Skill> skills = new HashSet<>(m.getSkills());
        skills.retainAll(r.getSkills());
        Set<SpokenLanguage> languages = new HashSet<>(m.getLanguages());
        languages.retainAll(r.getLanguages());
        return skills.size() + languages.size();
    }

    /**
     * The sessions the request is for: each day of the range on which the site opens for the chosen sessions and is
     * not closed (holiday, closure), whose session has not started. A single day that is closed, a day in the past or
     * a range with no such session is refused.
     */
    private SortedMap<LocalDate, List<SessionPart>> openSessions(ServiceSite site, HelperRequestForm form,
                                                                 LocalDateTime now) {
        LocalDate from = form.getFirstDay();
        LocalDate to = form.getLastDay() == null ? from : form.getLastDay();
        if (from == null || to.isBefore(from) || form.getSessions() == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem("firstDay",
                    "request.days.invalid")));
        }
        if (from.isBefore(now.toLocalDate())) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem("firstDay", "request.days.past")));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem("lastDay",
                    "request.days.tooLong", MAX_DAYS)));
        }
        Set<LocalDate> closed = new HashSet<>(em.createQuery("SELECT h.holiday FROM PublicHoliday h WHERE "
                        + "h.provinceId = :p AND h.holiday BETWEEN :f AND :t", LocalDate.class)
                .setParameter("p", site.getProvince().getId()).setParameter("f", from).setParameter("t", to)
                .getResultList());
        closed.addAll(em.createQuery("SELECT c.closedOn FROM SiteClosure c WHERE c.site = :s AND c.closedOn BETWEEN "
                        + ":f AND :t", LocalDate.class).setParameter("s", site).setParameter("f", from)
                .setParameter("t", to).getResultList());
        SortedMap<LocalDate, List<SessionPart>> open = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (closed.contains(day)) {
                continue;
            }
            LocalDate d = day;
            List<SessionPart> parts = site.getSessions().stream()
                    .filter(s -> s.getDayOfWeek() == d.getDayOfWeek() && form.getSessions().parts().contains(s.getPart())
                            && now.isBefore(d.atTime(s.getStartTime())))
                    .map(s -> s.getPart()).toList();
            if (!parts.isEmpty()) {
                open.put(day, parts);
            }
        }
        if (open.isEmpty()) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem("firstDay",
                    from.equals(to) && closed.contains(from) ? "request.days.closed" : "request.days.noSession",
                    from.format(VietnamTime.DATE))));
        }
        return open;
    }

    /** A session the site already has an open request for is refused, naming that request. */
    private void requireNoOpenRequest(ServiceSite site, SortedMap<LocalDate, List<SessionPart>> open) {
        List<HelperRequestSession> taken = em.createQuery("SELECT x FROM HelperRequestSession x JOIN FETCH x.request r "
                        + "WHERE x.request.site = :s AND x.request.state IN :open AND x.date BETWEEN :f AND :t",
                        HelperRequestSession.class)
                .setParameter("s", site).setParameter("open", RequestState.OPEN)
                .setParameter("f", open.firstKey()).setParameter("t", open.lastKey()).getResultList();
        for (HelperRequestSession x : taken) {
            List<SessionPart> parts = open.get(x.getDate());
            if (parts != null && parts.contains(x.getPart())) {
                throw new InvalidInputException(List.of(new InvalidInputException.Problem("firstDay",
                        "request.duplicate", x.getRequest().getId(), x.getDate().format(VietnamTime.DATE))));
            }
        }
    }

    private <T> Set<T> catalogue(Class<T> type, List<Long> ids) {
        Set<T> found = new LinkedHashSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            T entry = id == null ? null : em.find(type, id);
            if (entry == null) {
                throw new NotFoundException(type.getSimpleName(), id);
            }
            found.add(entry);
        }
        return found;
    }

    /** The request, locked for this transaction: its steps happen one after another. */
    private HelperRequest locked(Long requestId) {
        HelperRequest r = requestId == null ? null
                : em.find(HelperRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !r.getProvinceId().equals(callers.current().provinceId())) {
            throw new NotFoundException("HelperRequest", requestId);
        }
        return r;
    }

    /**
     * The request, locked after the shifts of its sessions: the staffing path locks a shift and then marks its
     * request, so changes that touch both take them in the same order and never wait for each other in a circle.
     */
    private HelperRequest lockedWithShifts(Long requestId) {
        HelperRequest r = requestId == null ? null : em.find(HelperRequest.class, requestId);
        if (r == null || !r.getProvinceId().equals(callers.current().provinceId())) {
            throw new NotFoundException("HelperRequest", requestId);
        }
        r.getDays().stream().map(HelperRequestSession::getShift).filter(java.util.Objects::nonNull).map(Shift::getId)
                .sorted().forEach(staffing::lock);
        em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
        return r;
    }

    /** Centre staff file for their own site; the coordinators who run a site file on its behalf. */
    private static void requireFiles(ServiceSite site, Caller caller) {
        if (caller.is(Role.CENTRE_STAFF)) {
            if (!site.getId().equals(caller.siteId())) {
                throw new AccessDeniedException();
            }
            return;
        }
        requireRuns(site, caller);
    }

    /** The coordinator who runs the site: its commune's, or the province for the provincial centre's sites. */
    static void requireRuns(ServiceSite site, Caller caller) {
        if (site.getKind() == SiteKind.PROVINCIAL_CENTRE) {
            caller.require(Role.PROVINCE_COORDINATOR);
        }
        caller.requireWriteRoster(site.getProvince().getId(), site.getCommune().getId());
    }

    private static void requireRequester(HelperRequest r, Caller caller) {
        requireFiles(r.getSite(), caller);
    }

    private static void requireRead(HelperRequest r, Caller caller) {
        if (caller.is(Role.CENTRE_STAFF) ? !r.getSite().getId().equals(caller.siteId())
                : !caller.canReadRoster(r.getProvinceId(), r.getCommuneId())) {
            throw new AccessDeniedException();
        }
    }

    /** The accounts of the coordinators who answer the site's requests. */
    public List<Account> coordinatorsOf(ServiceSite site) {
        boolean provincial = site.getKind() == SiteKind.PROVINCIAL_CENTRE;
        if (provincial) {
            return province(site.getProvince().getId());
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.enabled = TRUE AND a.role = "
                        + "vn.cdtt.security.Role.COMMUNE_COORDINATOR AND a.communeId = :c", Account.class)
                .setParameter("c", site.getCommune().getId()).getResultList();
    }

    /** The accounts of the province's coordinators. */
    public List<Account> province(Long provinceId) {
        return em.createQuery("SELECT a FROM Account a WHERE a.enabled = TRUE AND a.provinceId = :p AND a.role = "
                + "vn.cdtt.security.Role.PROVINCE_COORDINATOR", Account.class).setParameter("p", provinceId)
                .getResultList();
    }

    private List<Account> staffOf(ServiceSite site) {
        return em.createQuery("SELECT a FROM Account a WHERE a.enabled = TRUE AND a.role = "
                + "vn.cdtt.security.Role.CENTRE_STAFF AND a.siteId = :s", Account.class)
                .setParameter("s", site.getId()).getResultList();
    }

    private void record(Caller caller, HelperRequest r, AuditAction action, String key, Map<String, Object> before) {
        Map<String, Object> after = new LinkedHashMap<>(r.auditState());
        audit.record(caller.username(), action, "HelperRequest", r.getId(), r.getProvinceId(), r.getCommuneId(),
                LocalizedText.of(key, r.getSite().getName(), r.getFirstDay(), r.getLastDay(), r.getHelpers()),
                before, after);
    }
}
