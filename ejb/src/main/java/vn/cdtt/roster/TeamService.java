package vn.cdtt.roster;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.commune.Commune;
import vn.cdtt.common.ConcurrentChangeException;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;

/** Teams of a commune: list, create, rename, appoint leader and deputy, remove an empty team. */
@Stateless
public class TeamService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    public List<TeamRow> teams(Long communeId) {
        Caller caller = callers.current();
        Commune c = commune(communeId);
        caller.requireReadRoster(c.getProvince().getId(), c.getId());
        return em.createQuery("SELECT NEW vn.cdtt.roster.TeamRow(t.id, t.name, t.village, l.id, l.fullName, d.id, "
                        + "d.fullName, (SELECT COUNT(m) FROM Member m WHERE m.team = t AND m.status = "
                        + "vn.cdtt.roster.MemberStatus.ACTIVE), t.version) FROM Team t LEFT JOIN t.leader l "
                        + "LEFT JOIN t.deputy d WHERE t.commune.id = :c ORDER BY t.name", TeamRow.class)
                .setParameter("c", communeId).getResultList();
    }

    public Team create(Long communeId, String name, String village) {
        Caller caller = callers.current();
        Commune c = commune(communeId);
        caller.requireWriteRoster(c.getProvince().getId(), c.getId());
        Team t = new Team(c, name, village);
        requireUniqueName(communeId, t.getName(), null);
        em.persist(t);
        flush();
        audit.record(caller.username(), AuditAction.CREATE, "Team", t.getId(), t.getProvinceId(), communeId,
                LocalizedText.of("audit.event.team.created", t.getName()), null, t.auditState());
        return t;
    }

    public Team update(Long teamId, long expectedVersion, String name, String village, Long leaderId, Long deputyId) {
        Caller caller = callers.current();
        Team t = team(teamId);
        caller.requireWriteRoster(t.getProvinceId(), t.getCommune().getId());
        if (t.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        Map<String, Object> before = t.auditState();
        t.rename(name, village);
        requireUniqueName(t.getCommune().getId(), t.getName(), t.getId());
        t.appoint(member(leaderId), member(deputyId));
        flush();
        audit.record(caller.username(), AuditAction.UPDATE, "Team", t.getId(), t.getProvinceId(),
                t.getCommune().getId(), LocalizedText.of("audit.event.team.changed", t.getName()), before, t.auditState());
        return t;
    }

    /** Only a team without members (past or present) can be removed; otherwise rename it. */
    public void delete(Long teamId) {
        Caller caller = callers.current();
        Team t = team(teamId);
        caller.requireWriteRoster(t.getProvinceId(), t.getCommune().getId());
        long members = em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.team = :t", Long.class)
                .setParameter("t", t).getSingleResult();
        if (members > 0) {
            throw new InvalidInputException("team.delete.hasMembers", members);
        }
        audit.record(caller.username(), AuditAction.DELETE, "Team", t.getId(), t.getProvinceId(),
                t.getCommune().getId(), LocalizedText.of("audit.event.team.deleted", t.getName()), t.auditState(), null);
        em.remove(t);
    }

    private void requireUniqueName(Long communeId, String name, Long exceptId) {
        boolean taken = !em.createQuery("SELECT t.id FROM Team t WHERE t.commune.id = :c AND t.name = :n "
                        + "AND t.id <> :id", Long.class)
                .setParameter("c", communeId).setParameter("n", name)
                .setParameter("id", exceptId == null ? -1L : exceptId).getResultList().isEmpty();
        if (taken) {
            throw new InvalidInputException("team.name.taken", name);
        }
    }

    private Member member(Long id) {
        if (id == null) {
            return null;
        }
        Member m = em.find(Member.class, id);
        if (m == null) {
            throw new NotFoundException("Member", id);
        }
        return m;
    }

    private Team team(Long id) {
        Team t = id == null ? null : em.find(Team.class, id);
        if (t == null) {
            throw new NotFoundException("Team", id);
        }
        return t;
    }

    private Commune commune(Long id) {
        Commune c = id == null ? null : em.find(Commune.class, id);
        if (c == null) {
            throw new NotFoundException("Commune", id);
        }
        return c;
    }

    private void flush() {
        Flush.now(em, "team.name.taken", "");
    }
}
