package vn.cdtt.rating;

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
import java.util.Locale;
import java.util.Map;
import vn.cdtt.common.FileDownload;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.Page;
import vn.cdtt.common.PageRequest;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;
import vn.cdtt.training.EvidenceStore;

/**
 * Declared criteria: a commune coordinator declares, for their own commune, that a declared criterion was met in
 * some weeks, with evidence (text and optionally a file: an image or PDF, kept like training evidence) and the
 * "6 rõ"; the province coordinator confirms or rejects with a reason. Only confirmed declarations count. Audited.
 */
@Stateless
public class RatingDeclarations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    EvidenceStore store;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Declares; {@code bytes} may be null (no file). Nothing is stored if anything is refused. */
    public RatingDeclaration declare(DeclarationForm form, String fileName, byte[] bytes) {
        Caller caller = callers.current();
        caller.require(Role.COMMUNE_COORDINATOR);
        if (form.getCommuneId() != null && !form.getCommuneId().equals(caller.communeId())) {
            throw new AccessDeniedException();
        }
        Long communeId = caller.communeId();
        RatingCriterion criterion = form.getCriterionId() == null ? null
                : em.find(RatingCriterion.class, form.getCriterionId());
        if (criterion != null && !criterion.getProvinceId().equals(caller.provinceId())) {
            criterion = null;
        }
        RatingDeclaration d = new RatingDeclaration(communeId, criterion, form, caller.username(), VietnamTime.now());
        long overlapping = em.createQuery("SELECT COUNT(d) FROM RatingDeclaration d WHERE d.communeId = :c "
                        + "AND d.criterion = :k AND d.state <> vn.cdtt.rating.DeclarationState.REJECTED "
                        + "AND d.firstMonday <= :last AND d.lastMonday >= :first", Long.class)
                .setParameter("c", communeId).setParameter("k", criterion)
                .setParameter("first", d.getFirstMonday()).setParameter("last", d.getLastMonday()).getSingleResult();
        if (overlapping > 0) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem("firstDay",
                    "rating.declaration.overlap")));
        }
        if (bytes != null && bytes.length > 0) {
            String type = store.check(bytes);
            String name = cleanFileName(fileName);
            String key = store.save(bytes);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the file is already written
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        store.delete(key);
                    }
                }
            });
            d.attach(name, type, bytes.length, key);
        }
        em.persist(d);
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.CREATE, "RatingDeclaration", d.getId(), caller.provinceId(),
                communeId, LocalizedText.of("audit.event.rating.declared", criterion.getCode(), d.getFirstMonday(),
                        d.getLastSunday()), null, d.auditState());
        return d;
    }

    public RatingDeclaration confirm(Long declarationId) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        RatingDeclaration d = find(caller, declarationId);
        Map<String, Object> before = d.auditState();
        d.confirm(caller.username(), VietnamTime.now());
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.UPDATE, "RatingDeclaration", d.getId(), d.getProvinceId(),
                d.getCommuneId(), LocalizedText.of("audit.event.rating.confirmed", d.getCriterion().getCode(),
                        d.getFirstMonday(), d.getLastSunday()), before, d.auditState());
        return d;
    }

    public RatingDeclaration reject(Long declarationId, String reason) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        RatingDeclaration d = find(caller, declarationId);
        Map<String, Object> before = d.auditState();
        d.reject(reason, caller.username(), VietnamTime.now());
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.UPDATE, "RatingDeclaration", d.getId(), d.getProvinceId(),
                d.getCommuneId(), LocalizedText.of("audit.event.rating.rejected", d.getCriterion().getCode(),
                        d.getFirstMonday(), d.getLastSunday(), d.getRejectReason()), before, d.auditState());
        return d;
    }

    /**
     * Declarations, newest first: of one commune (a commune coordinator's always their own), or of the whole
     * province (communeId null, province readers), optionally only those in one state.
     */
    public Page<DeclarationRow> list(Long communeId, DeclarationState state, PageRequest page) {
        Caller caller = callers.current();
        Long scope = caller.communeScope(communeId);
        Locale locale = caller.preferredLocale();
        String where = " FROM RatingDeclaration d, Commune c WHERE c.id = d.communeId AND d.provinceId = :p"
                + (scope == null ? "" : " AND d.communeId = :c") + (state == null ? "" : " AND d.state = :s");
        return Page.of(page, () -> {
            var q = em.createQuery("SELECT d, c.name" + where + " ORDER BY d.declaredAt DESC, d.id DESC",
                    Object[].class);
            bind(q, caller, scope, state);
            return q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
                    .map(r -> row((RatingDeclaration) r[0], (String) r[1], locale)).toList();
        }, () -> {
            var q = em.createQuery("SELECT COUNT(d)" + where, Long.class);
            bind(q, caller, scope, state);
            return q.getSingleResult();
        });
    }

    /** A declaration's file, for the coordinators of its commune and the province (and viewers). */
    public FileDownload download(Long declarationId) {
        Caller caller = callers.current();
        RatingDeclaration d = declarationId == null ? null : em.find(RatingDeclaration.class, declarationId);
        if (d == null || !d.getProvinceId().equals(caller.provinceId()) || d.getStorageKey() == null) {
            throw new NotFoundException("RatingDeclaration", declarationId);
        }
        caller.requireReadRoster(d.getProvinceId(), d.getCommuneId());
        try {
            return new FileDownload(d.getFileName(), d.getContentType(), d.getFileSize(),
                    store.open(d.getStorageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest evidence file accepted, in bytes. */
    public long maxFileBytes() {
        return store.maxBytes();
    }

    private static void bind(jakarta.persistence.Query q, Caller caller, Long scope, DeclarationState state) {
        q.setParameter("p", caller.provinceId());
        if (scope != null) {
            q.setParameter("c", scope);
        }
        if (state != null) {
            q.setParameter("s", state);
        }
    }

    private static DeclarationRow row(RatingDeclaration d, String communeName, Locale locale) {
        return new DeclarationRow(d.getId(), d.getCommuneId(), communeName, d.getCriterion().getCode(),
                d.getCriterion().name(locale), d.getFirstMonday(), d.getLastSunday(), d.getWho(), d.getTask(),
                d.getDeadline(), d.getResponsibility(), d.getResult(), d.getAuthority(), d.getEvidence(),
                d.getFileName(), d.getState(), d.getRejectReason(), d.getDeclaredBy(), d.getDeclaredAt());
    }

    private RatingDeclaration find(Caller caller, Long id) {
        RatingDeclaration d = id == null ? null : em.find(RatingDeclaration.class, id);
        if (d == null || !d.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("RatingDeclaration", id);
        }
        return d;
    }

    private static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "minh-chung";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** The commune a declaration may be read for: used by the pages to show the commune's name. */
    public String communeName(Long communeId) {
        Caller caller = callers.current();
        Long scope = caller.communeScope(communeId);
        Commune c = scope == null ? null : em.find(Commune.class, scope);
        if (c == null || !c.getProvince().getId().equals(caller.provinceId())) {
            throw new NotFoundException("Commune", communeId);
        }
        return c.getName();
    }
}
