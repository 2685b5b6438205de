package vn.cdtt.training;

import static vn.cdtt.notification.NotificationTarget.MY_SHIFTS;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.ConcurrentChangeException;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
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
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * The life of a training session until it starts: coordinators plan it in their commune (the province anywhere),
 * change it or cancel it. Trainers take the duty slots of every part of the day the session touches – the same
 * database key as shifts – so nobody is booked twice; they hear of it in their inbox.
 */
@Stateless
public class TrainingPlanning {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Notifier notifier;

    @Inject
    TrainingSchedule schedule;

    @Inject
    DutySlots slots;

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
                summary("audit.event.training.planned", s), null, s.auditState());
        return s;
    }

    public TrainingSession update(Long id, long expectedVersion, TrainingPlan form) {
        Caller caller = callers.current();
        TrainingSession s = schedule.writable(id);
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
                s.getCommune().getId(), summary("audit.event.training.changed", s), before, s.auditState());
        return s;
    }

    public TrainingSession cancel(Long id, String reason) {
        Caller caller = callers.current();
        TrainingSession s = schedule.writable(id);
        s.cancel(reason, VietnamTime.now());
        release(s);
        Flush.now(em, "error.concurrentChange");
        notifier.members(s.trainers(), NotificationKind.TRAINING_CANCELLED, MY_SHIFTS, null, s.getPlace(), s.getDate(),
                s.getCancelReason());
        audit.record(caller.username(), AuditAction.UPDATE, "TrainingSession", s.getId(), s.getProvinceId(),
                s.getCommune().getId(), summary("audit.event.training.cancelled", s, s.getCancelReason()),
                Map.of("status", TrainingStatus.PLANNED), Map.of("status", s.getStatus(), "reason", s.getCancelReason()));
        return s;
    }

    /** A form with the session's current plan, for editing. */
    public TrainingPlan planOf(Long id) {
        TrainingSession s = schedule.find(id);
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

    /** An audit summary naming the session by place, date and hours, then {@code more}. */
    static LocalizedText summary(String key, TrainingSession s, Object... more) {
        Object[] args = new Object[4 + more.length];
        args[0] = s.getPlace();
        args[1] = s.getDate();
        args[2] = s.getStartTime();
        args[3] = s.getEndTime();
        System.arraycopy(more, 0, args, 4, more.length);
        return LocalizedText.of(key, args);
    }
}
