package vn.cdtt.training;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import vn.cdtt.common.FileDownload;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;

/**
 * The evidence of a held training session (photos, attendance sheets): kept by the coordinators once the session
 * has started, listed with the session, sent back only to the coordinators of its commune and the province.
 */
@Stateless
public class TrainingEvidence {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    EvidenceStore store;

    @Inject
    TrainingSchedule schedule;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Keeps an evidence file of a session that has started: its type is read from its first bytes (images or
     * PDF) and its size checked before anything is stored; if the transaction fails, the file goes too.
     */
    public Evidence upload(Long sessionId, EvidenceKind kind, String fileName, byte[] bytes) {
        Caller caller = callers.current();
        TrainingSession s = schedule.writable(sessionId);
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
                s.getCommune().getId(), TrainingPlanning.summary("audit.event.training.evidence", s, name), null,
                Map.of("file", name, "kind", kind, "type", contentType, "bytes", bytes.length));
        return e;
    }

    /** The largest evidence file accepted, in bytes (config cdtt.evidence.maxBytes). */
    public long maxEvidenceBytes() {
        return store.maxBytes();
    }

    /** The evidence of a session, oldest first, for whoever may see the session. */
    public List<Evidence> of(Long sessionId) {
        TrainingSession s = schedule.find(sessionId);
        return em.createQuery("SELECT e FROM Evidence e WHERE e.session = :s ORDER BY e.uploadedAt", Evidence.class)
                .setParameter("s", s).getResultList();
    }

    /** An evidence file, for the coordinators of the session's commune and the province only. */
    public FileDownload download(Long evidenceId) {
        Caller caller = callers.current();
        Evidence e = evidenceId == null ? null : em.find(Evidence.class, evidenceId);
        if (e == null || !e.getSession().getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("Evidence", evidenceId);
        }
        caller.requireWriteRoster(e.getSession().getProvinceId(), e.getSession().getCommune().getId());
        try {
            return new FileDownload(e.getFileName(), e.getContentType(), e.getSize(), store.open(e.getStorageKey()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "minh-chung";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
