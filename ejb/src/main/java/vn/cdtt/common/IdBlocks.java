package vn.cdtt.common;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Blocks of ids for tables written many rows at a time (table id_block): an id taken from the database per row
 * (IDENTITY) forbids batched inserts, so a writer reserves the ids of all its rows in one short transaction of its
 * own and inserts them in batches. Ids never repeat; a block not used up leaves a gap, which is harmless.
 */
@Stateless
public class IdBlocks {

    @PersistenceContext
    EntityManager em;

    /** Reserves {@code count} consecutive ids of the named block; returns the first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long reserve(String block, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count " + count);
        }
        int updated = em.createNativeQuery("UPDATE id_block SET next_value = next_value + ?1 WHERE name = ?2")
                .setParameter(1, count).setParameter(2, block).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("no id block " + block);
        }
        long next = ((Number) em.createNativeQuery("SELECT next_value FROM id_block WHERE name = ?1")
                .setParameter(1, block).getSingleResult()).longValue();
        return next - count;
    }
}
