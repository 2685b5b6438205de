package vn.cdtt.autoroster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps finished solves in the database ({@link StoredProposal}), so a proposal outlives a restart of the server.
 * Called by {@link AutoRosterRuns} when a solve ends (on the solver's thread, in a transaction of its own) and by
 * {@link AutoRosterService}, which checks who may see a run.
 */
@Stateless
public class AutoRosterStore {

    @PersistenceContext
    EntityManager em;

    /** Stores the run's proposal as it ended ({@code end}: done or stopped). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void save(RosterRun run, RosterRun.State end) {
        if (run.getProposal() == null || em.find(StoredProposal.class, run.getId().toString()) != null) {
            return;
        }
        em.persist(new StoredProposal(run, end, run.isFeasible()));
    }

    /** A stored run, as a run that has ended (its proposal, no plan). */
    public Optional<RosterRun> find(UUID id) {
        StoredProposal p = id == null ? null : em.find(StoredProposal.class, id.toString());
        return Optional.ofNullable(p == null ? null : RosterRun.restored(p, p.proposal()));
    }

    /** Marks a stored run applied (in the caller's transaction, with the seats it stores). */
    public void applied(UUID id) {
        StoredProposal p = em.find(StoredProposal.class, id.toString());
        if (p != null) {
            p.applied();
        }
    }
}
