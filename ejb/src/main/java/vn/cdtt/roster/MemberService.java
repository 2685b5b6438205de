package vn.cdtt.roster;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.commune.Commune;
import vn.cdtt.common.ConcurrentChangeException;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.InvalidInputException.Problem;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.Page;
import vn.cdtt.common.PageRequest;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * The roster of members: list, create, edit, pause and leave. Every call checks the caller's role and commune:
 * a commune coordinator reads and changes only their commune, viewers read, members see only themselves.
 */
@Stateless
public class MemberService {

    /** Sort fields the list may ask for, mapped to JPQL paths (nothing else reaches the query). */
    private static final Map<String, String> SORTS = Map.of(
            "fullName", "m.sortKey",
            "birthDate", "m.birthDate",
            "status", "m.status",
            "teamName", "t.name",
            "communeName", "c.name",
            "joinedOn", "m.joinedOn",
            "phone", "m.phone");

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    public Page<MemberRow> search(MemberFilter filter, PageRequest page) {
        Caller caller = callers.current();
        Map<String, Object> params = new HashMap<>();
        String where = where(caller, filter, params);
        String sort = page.sortField() == null ? "m.sortKey" : SORTS.getOrDefault(page.sortField(), "m.sortKey");
        String dir = page.ascending() ? " ASC" : " DESC";
        TypedQuery<MemberRow> rows = em.createQuery("SELECT NEW vn.cdtt.roster.MemberRow(m.id, m.fullName, m.birthDate, "
                + "m.gender, m.ethnicity, m.phone, m.email, m.citizenId, m.youthUnion, m.status, m.joinedOn, t.name, "
                + "c.id, c.name, c.type) FROM Member m LEFT JOIN m.team t JOIN m.commune c" + where
                + " ORDER BY " + sort + dir + ", m.sortKey, m.id", MemberRow.class);
        // the count needs no join: the filters read the member's own columns
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM Member m" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Page.of(page, () -> rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count::getSingleResult);
    }

    /** Every row that matches, in list order (for the export), read page by page. */
    public List<MemberRow> allRows(MemberFilter filter) {
        List<MemberRow> all = new ArrayList<>();
        Page<MemberRow> page;
        do {
            page = search(filter, new PageRequest(all.size(), PageRequest.MAX_SIZE, null, true));
            all.addAll(page.rows());
        } while (!page.rows().isEmpty() && all.size() < page.total());
        return all;
    }

    private String where(Caller caller, MemberFilter filter, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE m.provinceId = :province");
        params.put("province", caller.provinceId());
        if (caller.is(Role.COMMUNE_COORDINATOR)) {
            if (filter.getCommuneId() != null && !filter.getCommuneId().equals(caller.communeId())) {
                throw new AccessDeniedException();
            }
            w.append(" AND m.commune.id = :commune");
            params.put("commune", caller.communeId());
        } else if (caller.readsWholeProvince()) {
            if (filter.getCommuneId() != null) {
                w.append(" AND m.commune.id = :commune");
                params.put("commune", filter.getCommuneId());
            }
        } else {
            throw new AccessDeniedException();
        }
        if (filter.getTeamId() != null) {
            w.append(" AND m.team.id = :team");
            params.put("team", filter.getTeamId());
        }
        if (filter.getStatus() != null) {
            w.append(" AND m.status = :status");
            params.put("status", filter.getStatus());
        }
        if (filter.getYouthUnion() != null) {
            w.append(" AND m.youthUnion = :yu");
            params.put("yu", filter.getYouthUnion());
        }
        List<String> words = Member.searchWords(filter.getText());
        for (int i = 0; i < words.size(); i++) {
            w.append(" AND m.searchText LIKE :w").append(i);
            params.put("w" + i, "%" + words.get(i) + "%");
        }
        return w.toString();
    }

    /** A member the caller may read: coordinators and viewers within their scope, a member only themselves. */
    public Member find(Long id) {
        Caller caller = callers.current();
        Member m = em.find(Member.class, id);
        if (m == null) {
            throw new NotFoundException("Member", id);
        }
        boolean self = caller.is(Role.MEMBER) && id.equals(caller.memberId());
        if (!self && !caller.canReadRoster(m.getProvinceId(), m.getCommune().getId())) {
            throw new AccessDeniedException();
        }
        m.getSkills().size();
        m.getLanguages().size();
        if (m.getTeam() != null) {
            m.getTeam().getName();
        }
        m.getCommune().getName();
        return m;
    }

    /** The member record of the calling member (the member portal). */
    public Member myRecord() {
        Caller caller = callers.current();
        caller.requireMember();
        return find(caller.memberId());
    }

    /** The full citizen ID, for coordinators on the detail page only; every such view is audited. */
    public String revealCitizenId(Long id) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR, Role.COMMUNE_COORDINATOR);
        Member m = find(id);
        audit.record(caller.username(), AuditAction.VIEW_CITIZEN_ID, "Member", m.getId(), m.getProvinceId(),
                m.getCommune().getId(), LocalizedText.of("audit.event.member.citizenIdViewed", m.getFullName()), null, null);
        return m.getCitizenId();
    }

    public Member create(Long communeId, MemberForm form) {
        Caller caller = callers.current();
        Commune commune = em.find(Commune.class, communeId);
        if (commune == null) {
            throw new NotFoundException("Commune", communeId);
        }
        caller.requireWriteRoster(commune.getProvince().getId(), commune.getId());
        List<Problem> problems = Member.check(form);
        problems.addAll(duplicates(commune.getProvince().getId(), form, null));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Member m = new Member(commune, form, team(form.getTeamId()), skills(form.getSkillIds()),
                languages(form.getLanguageIds()));
        em.persist(m);
        flush();
        audit.record(caller.username(), AuditAction.CREATE, "Member", m.getId(), m.getProvinceId(), communeId,
                LocalizedText.of("audit.event.member.created", m.getFullName()), null, m.auditState());
        return m;
    }

    /**
     * Applies an edited form to a member read at {@code expectedVersion}; a blank citizen ID keeps the stored one
     * (the edit page never shows it in full).
     */
    public Member update(Long id, long expectedVersion, MemberForm form) {
        Caller caller = callers.current();
        Member m = forWrite(caller, id, expectedVersion);
        if (form.getCitizenId() == null || form.getCitizenId().isBlank()) {
            form.setCitizenId(m.getCitizenId());
        }
        List<Problem> problems = Member.check(form);
        problems.addAll(duplicates(m.getProvinceId(), form, id));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Object> before = m.auditState();
        m.update(form, team(form.getTeamId()), skills(form.getSkillIds()), languages(form.getLanguageIds()));
        flush();
        audit.record(caller.username(), AuditAction.UPDATE, "Member", m.getId(), m.getProvinceId(),
                m.getCommune().getId(), LocalizedText.of("audit.event.member.changed", m.getFullName()), before, m.auditState());
        return m;
    }

    public Member changeStatus(Long id, long expectedVersion, MemberStatus status, LocalDate since, String reason) {
        Caller caller = callers.current();
        Member m = forWrite(caller, id, expectedVersion);
        Map<String, Object> before = m.auditState();
        m.changeStatus(status, since, reason);
        flush();
        audit.record(caller.username(), AuditAction.UPDATE, "Member", m.getId(), m.getProvinceId(),
                m.getCommune().getId(), LocalizedText.of("audit.event.member.status", m.getFullName(), status), before, m.auditState());
        return m;
    }

    /** Phone and citizen ID are unique within the province; says which is taken. */
    List<Problem> duplicates(Long provinceId, MemberForm form, Long exceptId) {
        List<Problem> problems = new ArrayList<>();
        String phone = ContactRules.normalizeMobile(form.getPhone());
        if (ContactRules.isMobile(phone) && taken("phone", provinceId, phone, exceptId)) {
            problems.add(new Problem("phone", "member.phone.taken", phone));
        }
        String cccd = form.getCitizenId() == null ? null : form.getCitizenId().trim();
        if (ContactRules.isCitizenId(cccd) && taken("citizenId", provinceId, cccd, exceptId)) {
            problems.add(new Problem("citizenId", "member.citizenId.taken"));
        }
        return problems;
    }

    private boolean taken(String field, Long provinceId, String value, Long exceptId) {
        TypedQuery<Long> q = em.createQuery("SELECT m.id FROM Member m WHERE m.provinceId = :p AND m." + field
                + " = :v AND m.id <> :id", Long.class);
        return !q.setParameter("p", provinceId).setParameter("v", value)
                .setParameter("id", exceptId == null ? -1L : exceptId).setMaxResults(1).getResultList().isEmpty();
    }

    Team team(Long teamId) {
        if (teamId == null) {
            return null;
        }
        Team t = em.find(Team.class, teamId);
        if (t == null) {
            throw new NotFoundException("Team", teamId);
        }
        return t;
    }

    Set<Skill> skills(Set<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT s FROM Skill s WHERE s.id IN :ids", Skill.class)
                .setParameter("ids", ids).getResultList());
    }

    Set<SpokenLanguage> languages(Set<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT l FROM SpokenLanguage l WHERE l.id IN :ids", SpokenLanguage.class)
                .setParameter("ids", ids).getResultList());
    }

    /** Loads a member the caller may change, at the version the caller read. */
    private Member forWrite(Caller caller, Long id, long expectedVersion) {
        Member m = em.find(Member.class, id);
        if (m == null) {
            throw new NotFoundException("Member", id);
        }
        caller.requireWriteRoster(m.getProvinceId(), m.getCommune().getId());
        if (m.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return m;
    }

    private void flush() {
        Flush.now(em, "member.duplicate");
    }
}
