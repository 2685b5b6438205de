package vn.cdtt.training;

import static vn.cdtt.notification.NotificationTarget.MY_SHIFTS;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.ConcurrentChangeException;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.Page;
import vn.cdtt.common.PageRequest;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.common.validation.Rules;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.DutyKind;
import vn.cdtt.duty.DutySlots;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.notification.Notifier;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Training sessions: coordinators plan them in their commune (the province anywhere), change or cancel them until
 * they start, record the result once they have started, and keep evidence files. Trainers take the duty slots of
 * every part of the day the session touches – the same database key as shifts – so nobody is booked twice.
 */
@Stateless
public class TrainingService {

    private static final Map<String, String> SORTS = Map.of("date", "t.date", "commune", "c.name",
            "status", "t.status", "place", "t.place");

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Notifier notifier;

    @Inject
    EvidenceStore store;

    @Inject
    DutySlots slots;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A file to send back: its name, type, size and content. */
    public record EvidenceFile(String fileName, String contentType, long size, InputStream content) {
    }

    public TrainingSession plan(Long communeId, TrainingPlan form) {
        Caller caller = callers.current();
        Commune commune = communeId == null ? null : em.find(Commune.class, communeId);
        if (commune == null) {
            throw new NotFoundException("Commune", communeId);
        }
        caller.requireWriteRoster(commune.getProvince().getId(), communeId);
        TrainingSession s = new TrainingSession(commune, caller.username(), VietnamTime.now());
        apply(s, form, caller);
        em.persist(s);
        Flush.now(em, "error.concurrentChange");
        occupy(s);
        notifier.members(s.trainers(), NotificationKind.TRAINING_PLANNED, MY_SHIFTS, null, s.getPlace(), s.getDate(),
                s.getStartTime(), s.getEndTime());
        audit.record(caller.username(), AuditAction.CREATE, "TrainingSession", s.getId(), s.getProvinceId(), communeId,
                "Lên kế hoạch buổi tập huấn " + describe(s), null, s.auditState());
        return s;
    }

    public TrainingSession update(Long id, long expectedVersion, TrainingPlan form) {
        Caller caller = callers.current();
        TrainingSession s = writable(id, caller);
        if (s.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        Map<String, Object> before = s.auditState();
        Set<Member> trainersBefore = new HashSet<>(s.trainers());
        release(s);
        apply(s, form, caller);
        Flush.now(em, "error.concurrentChange");
        occupy(s);
        List<Member> added = s.trainers().stream().filter(m -> !trainersBefore.contains(m)).toList();
        notifier.members(added, NotificationKind.TRAINING_PLANNED, MY_SHIFTS, null, s.getPlace(), s.getDate(),
                s.getStartTime(), s.getEndTime());
        audit.record(caller.username(), AuditAction.UPDATE, "TrainingSession", s.getId(), s.getProvinceId(),
                s.getCommune().getId(), "Sửa buổi tập huấn " + describe(s), before, s.auditState());
        return s;
    }

    public TrainingSession cancel(Long id, String reason) {
        Caller caller = callers.current();
        TrainingSession s = writable(id, caller);
        s.cancel(reason, VietnamTime.now());
        release(s);
        Flush.now(em, "error.concurrentChange");
        notifier.members(s.trainers(), NotificationKind.TRAINING_CANCELLED, MY_SHIFTS, null, s.getPlace(), s.getDate(),
                s.getCancelReason());
        audit.record(caller.username(), AuditAction.UPDATE, "TrainingSession", s.getId(), s.getProvinceId(),
                s.getCommune().getId(), "Huỷ buổi tập huấn " + describe(s) + ": " + s.getCancelReason(),
                Map.of("status", TrainingStatus.PLANNED), Map.of("status", s.getStatus(), "reason", s.getCancelReason()));
        return s;
    }

    /** Records (or corrects) the result of a session that has started. */
    public TrainingSession record(Long id, TrainingResult result) {
        Caller caller = callers.current();
        TrainingSession s = writable(id, caller);
        Map<String, Object> before = s.getResult() == null ? null : s.getResult().auditState();
        s.record(result, caller.username(), VietnamTime.now());
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.UPDATE, "TrainingSession", s.getId(), s.getProvinceId(),
                s.getCommune().getId(), "Ghi kết quả buổi tập huấn " + describe(s), before, s.getResult().auditState());
        return s;
    }

    /** One session: coordinators and viewers within their scope, and the session's own trainers. */
    public TrainingSession find(Long id) {
        Caller caller = callers.current();
        TrainingSession s = id == null ? null : em.find(TrainingSession.class, id);
        if (s == null || !s.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("TrainingSession", id);
        }
        boolean trainer = caller.memberId() != null
                && s.trainers().stream().anyMatch(m -> m.getId().equals(caller.memberId()));
        if (!trainer && !caller.canReadRoster(s.getProvinceId(), s.getCommune().getId())) {
            throw new AccessDeniedException();
        }
        return s;
    }

    /** A form with the session's current plan, for editing. */
    public TrainingPlan planOf(Long id) {
        TrainingSession s = find(id);
        TrainingPlan p = new TrainingPlan();
        p.setPlace(s.getPlace());
        p.setDate(s.getDate());
        p.setStartTime(s.getStartTime());
        p.setEndTime(s.getEndTime());
        p.setCapacity(s.getCapacity());
        p.setLeadTrainerId(s.getLeadTrainer().getId());
        s.getAssistants().forEach(m -> p.getAssistantIds().add(m.getId()));
        s.getTopics().forEach(t -> p.getTopicIds().add(t.getId()));
        s.getGroups().forEach(g -> p.getGroupIds().add(g.getId()));
        s.getLanguages().forEach(l -> p.getLanguageIds().add(l.getId()));
        return p;
    }

    /** The sessions list, filtered, sorted and paged in the database (commune and lead trainer in the same query). */
    public Page<TrainingSession> search(TrainingFilter filter, PageRequest page) {
        Caller caller = callers.current();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE t.provinceId = :province");
        params.put("province", caller.provinceId());
        Long commune = caller.communeScope(filter.getCommuneId());
        if (commune != null) {
            where.append(" AND c.id = :commune");
            params.put("commune", commune);
        }
        if (filter.isToRecord()) {
            where.append(" AND t.status = vn.cdtt.training.TrainingStatus.PLANNED AND t.date <= :today");
            params.put("today", VietnamTime.today());
        } else if (filter.getStatus() != null) {
            where.append(" AND t.status = :status");
            params.put("status", filter.getStatus());
        }
        if (filter.getFrom() != null) {
            where.append(" AND t.date >= :from");
            params.put("from", filter.getFrom());
        }
        if (filter.getTo() != null) {
            where.append(" AND t.date <= :to");
            params.put("to", filter.getTo());
        }
        String sort = page.sortField() == null ? "t.date" : SORTS.getOrDefault(page.sortField(), "t.date");
        String dir = page.sortField() == null ? " DESC" : page.ascending() ? " ASC" : " DESC";
        TypedQuery<TrainingSession> rows = em.createQuery("SELECT t FROM TrainingSession t JOIN FETCH t.commune c "
                + "JOIN FETCH t.leadTrainer" + where + " ORDER BY " + sort + dir + ", t.startTime" + dir + ", t.id",
                TrainingSession.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM TrainingSession t JOIN t.commune c" + where,
                Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** Sessions between two dates for a calendar: one commune, or (province-wide readers) the whole province. */
    public List<TrainingSession> between(Long communeId, LocalDate from, LocalDate to) {
        Caller caller = callers.current();
        Long commune = caller.communeScope(communeId);
        TypedQuery<TrainingSession> q = em.createQuery("SELECT t FROM TrainingSession t JOIN FETCH t.commune c "
                + "WHERE t.provinceId = :p AND t.date BETWEEN :f AND :t" + (commune == null ? "" : " AND c.id = :c")
                + " ORDER BY t.date, t.startTime", TrainingSession.class)
                .setParameter("p", caller.provinceId()).setParameter("f", from).setParameter("t", to);
        if (commune != null) {
            q.setParameter("c", commune);
        }
        return q.setMaxResults(2000).getResultList();
    }

    /** The calling member's sessions as lead or assistant in the coming year, not cancelled (constant queries). */
    public List<TrainingSession> mine() {
        Caller caller = callers.current();
        caller.requireMember();
        return em.createNamedQuery(TrainingSession.OF_TRAINER, TrainingSession.class)
                .setParameter("member", caller.memberId()).setParameter("from", VietnamTime.today())
                .setParameter("to", VietnamTime.today().plusYears(1))
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "t.leadTrainer")
                .setHint("eclipselink.batch", "t.assistants").setHint("eclipselink.batch", "t.topics")
                .setMaxResults(50).getResultList();
    }

    /** Who can train in a commune: its active members in name order, with skills and languages. */
    public List<Member> trainerCandidates(Long communeId) {
        Caller caller = callers.current();
        Commune commune = communeId == null ? null : em.find(Commune.class, communeId);
        if (commune == null) {
            throw new NotFoundException("Commune", communeId);
        }
        caller.requireWriteRoster(commune.getProvince().getId(), communeId);
        return em.createQuery("SELECT m FROM Member m WHERE m.commune.id = :c AND m.status = "
                        + "vn.cdtt.roster.MemberStatus.ACTIVE ORDER BY m.sortKey", Member.class).setParameter("c", communeId)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "m.languages").getResultList();
    }

    /**
     * Keeps an evidence file of a session that has started: its type is read from its first bytes (images or
     * PDF) and its size checked before anything is stored; if the transaction fails, the file goes too.
     */
    public Evidence upload(Long sessionId, EvidenceKind kind, String fileName, byte[] bytes) {
        Caller caller = callers.current();
        TrainingSession s = writable(sessionId, caller);
        if (kind == null) {
            throw new InvalidInputException("evidence.kind.required");
        }
        if (s.getStatus() == TrainingStatus.CANCELLED) {
            throw new InvalidInputException("training.cancelled");
        }
        if (!s.hasStarted(VietnamTime.now())) {
            throw new InvalidInputException("training.notStarted");
        }
        String contentType = store.check(bytes);
        String name = cleanFileName(fileName);
        String key = store.save(bytes);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare: the file is already written
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    store.delete(key);
                }
            }
        });
        Evidence e = new Evidence(s, kind, name, contentType, bytes.length, key, caller.username(), VietnamTime.now());
        em.persist(e);
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.CREATE, "Evidence", e.getId(), s.getProvinceId(),
                s.getCommune().getId(), "Tải lên minh chứng " + name + " cho buổi tập huấn " + describe(s), null,
                Map.of("file", name, "kind", kind, "type", contentType, "bytes", bytes.length));
        return e;
    }

    /** The largest evidence file accepted, in bytes (config cdtt.evidence.maxBytes). */
    public long maxEvidenceBytes() {
        return store.maxBytes();
    }

    public List<Evidence> evidence(Long sessionId) {
        TrainingSession s = find(sessionId);
        return em.createQuery("SELECT e FROM Evidence e WHERE e.session = :s ORDER BY e.uploadedAt", Evidence.class)
                .setParameter("s", s).getResultList();
    }

    /** An evidence file, for the coordinators of the session's commune and the province only. */
    public EvidenceFile download(Long evidenceId) {
        Caller caller = callers.current();
        Evidence e = evidenceId == null ? null : em.find(Evidence.class, evidenceId);
        if (e == null || !e.getSession().getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("Evidence", evidenceId);
        }
        caller.requireWriteRoster(e.getSession().getProvinceId(), e.getSession().getCommune().getId());
        try {
            return new EvidenceFile(e.getFileName(), e.getContentType(), e.getSize(), store.open(e.getStorageKey()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }


    private TrainingSession writable(Long id, Caller caller) {
        TrainingSession s = id == null ? null : em.find(TrainingSession.class, id);
        if (s == null || !s.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("TrainingSession", id);
        }
        caller.requireWriteRoster(s.getProvinceId(), s.getCommune().getId());
        return s;
    }

    /** Checks the form, resolves what it names and sets the plan. */
    private void apply(TrainingSession s, TrainingPlan form, Caller caller) {
        List<InvalidInputException.Problem> problems = Rules.check(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Member lead = trainer(form.getLeadTrainerId(), s, caller);
        Set<Member> assistants = new HashSet<>();
        for (Long id : form.getAssistantIds()) {
            assistants.add(trainer(id, s, caller));
        }
        s.plan(form, lead, assistants, entries(TrainingTopic.class, form.getTopicIds()),
                entries(TargetGroup.class, form.getGroupIds()), entries(SpokenLanguage.class, form.getLanguageIds()),
                VietnamTime.now());
    }

    /** An active member of the session's commune (of the province, when the province coordinator plans). */
    private Member trainer(Long id, TrainingSession s, Caller caller) {
        Member m = id == null ? null : em.find(Member.class, id);
        if (m == null || !m.getProvinceId().equals(s.getProvinceId())) {
            throw new NotFoundException("Member", id);
        }
        if (!m.isActive()) {
            throw new InvalidInputException("shift.member.notActive", m.getFullName());
        }
        if (!m.getCommune().getId().equals(s.getCommune().getId()) && !caller.is(Role.PROVINCE_COORDINATOR)) {
            throw new InvalidInputException("shift.member.otherCommune", m.getFullName());
        }
        return m;
    }

    private <T> Set<T> entries(Class<T> type, Set<Long> ids) {
        Set<T> found = new HashSet<>();
        for (Long id : ids) {
            T e = id == null ? null : em.find(type, id);
            if (e == null) {
                throw new NotFoundException(type.getSimpleName(), id);
            }
            found.add(e);
        }
        return found;
    }

    /**
     * Books the trainers for every part of the day the session touches. Who is busy is named first; the database
     * key refuses whoever became busy in the meantime.
     */
    private void occupy(TrainingSession s) {
        Set<SessionPart> parts = s.parts();
        for (Member m : s.trainers()) {
            for (SessionPart part : parts) {
                slots.take(m.getId(), s.getDate(), part, DutyKind.TRAINING, s.getId(), "training.trainer.busy",
                        m.getFullName(), s.getDate().format(VietnamTime.DATE));
            }
        }
    }

    private void release(TrainingSession s) {
        slots.release(DutyKind.TRAINING, s.getId());
    }

    private static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "minh-chung";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String describe(TrainingSession s) {
        return s.getPlace() + " " + s.getDate().format(VietnamTime.DATE) + " " + s.getStartTime() + "–" + s.getEndTime();
    }
}
