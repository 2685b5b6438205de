package vn.cdtt.it.support;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Metamodel;
import java.lang.reflect.Field;
import vn.cdtt.commune.Commune;
import vn.cdtt.roster.Team;

/**
 * Test deployments only (in the EJB module, where the persistence unit is): the entities as JPA maps them, and a
 * write that goes past an entity's own rules, as a forgotten check in a service would, for {@code ColumnLimitsIT}.
 */
@Stateless
public class ColumnProbe {

    @PersistenceContext
    EntityManager em;

    public Metamodel metamodel() {
        return em.getMetamodel();
    }

    /**
     * Stores a new team of the commune whose village was set straight, past {@link Team#rename}'s check; answers its
     * id. JPA checks the entity when it is stored.
     */
    public Long teamWithVillage(Long communeId, String name, String village) throws ReflectiveOperationException {
        Team team = new Team(em.find(Commune.class, communeId), name, null);
        Field field = Team.class.getDeclaredField("village");
        field.setAccessible(true);
        field.set(team, village);
        em.persist(team);
        em.flush();
        return team.getId();
    }

    /** How many teams of the commune have this name. */
    public long teamsNamed(Long communeId, String name) {
        return em.createQuery("SELECT COUNT(t) FROM Team t WHERE t.commune.id = :c AND t.name = :n", Long.class)
                .setParameter("c", communeId).setParameter("n", name).getSingleResult();
    }
}
