package vn.cdtt.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;

/** What a training session achieved: participants by group, VNeID activations, dossiers filed – once it has started. */
@Stateless
public class TrainingResults {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    TrainingSchedule schedule;

    /** Records (or corrects) the result of a session that has started. */
    public TrainingSession record(Long id, TrainingResult result) {
        Caller caller = callers.current();
        TrainingSession s = schedule.writable(id);
        Map<String, Object> before = s.getResult() == null ? null : s.getResult().auditState();
        s.record(result, caller.username(), VietnamTime.now());
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.UPDATE, "TrainingSession", s.getId(), s.getProvinceId(),
                s.getCommune().getId(), LocalizedText.of("audit.event.training.recorded", s.getPlace(), s.getDate(),
                        s.getStartTime(), s.getEndTime()), before, s.getResult().auditState());
        return s;
    }
}
