package vn.cdtt.roster;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdtt.common.Messages;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.commune.Commune;

/**
 * What a member import looks its rows up in, each loaded once per import and never per row: the province's
 * communes, the phones and citizen IDs it already has, the teams of the rows' communes and the catalogues with
 * their aliases – all by folded text, so diacritics and case do not matter.
 */
final class ImportReferences {

    private final EntityManager em;

    ImportReferences(EntityManager em) {
        this.em = em;
    }

    /** The communes of the caller's province by code and by name, with or without "Xã"/"Phường", folded. */
    Communes communes(Long provinceId) {
        Map<String, Commune> byKey = new HashMap<>();
        for (Commune c : em.createQuery("SELECT c FROM Commune c JOIN FETCH c.province p WHERE p.id = :p",
                Commune.class).setParameter("p", provinceId).getResultList()) {
            byKey.put(VietnameseText.fold(c.getCode()), c);
            byKey.put(VietnameseText.fold(c.getName()), c);
            byKey.put(VietnameseText.fold(Messages.get(Messages.VIETNAMESE, "CommuneType." + c.getType()) + " "
                    + c.getName()), c);
            byKey.put(VietnameseText.fold(Messages.get(Messages.ENGLISH, "CommuneType." + c.getType()) + " "
                    + c.getName()), c);
        }
        return new Communes(byKey);
    }

    record Communes(Map<String, Commune> byKey) {
        Commune find(String text) {
            return byKey.get(VietnameseText.fold(text));
        }
    }

    /**
     * Every phone and citizen ID the province already has, in one query: a set lookup per row afterwards. (One
     * query of a few hundred thousand short strings is faster than thousands of IN lists, and never per row.)
     */
    void taken(Long provinceId, Set<String> phones, Set<String> citizenIds) {
        for (Object[] pair : em.createQuery("SELECT m.phone, m.citizenId FROM Member m WHERE m.provinceId = :p",
                Object[].class).setParameter("p", provinceId).getResultList()) {
            phones.add((String) pair[0]);
            citizenIds.add((String) pair[1]);
        }
    }

    /**
     * Teams of the rows' communes and the catalogues, by folded name (Vietnamese or English), code and alias
     * (V7__input_aliases.sql: "Tiếng Ba Na" for Bahnar).
     */
    Catalogues catalogues(Collection<Commune> communes) {
        Set<Long> communeIds = new HashSet<>();
        communes.forEach(c -> {
            if (c != null) {
                communeIds.add(c.getId());
            }
        });
        Map<Long, Map<String, Long>> teams = new HashMap<>();
        Map<Long, Team> teamsById = new HashMap<>();
        if (!communeIds.isEmpty()) {
            for (Team t : em.createQuery("SELECT t FROM Team t WHERE t.commune.id IN :c", Team.class)
                    .setParameter("c", communeIds).getResultList()) {
                teams.computeIfAbsent(t.getCommune().getId(), k -> new HashMap<>())
                        .put(VietnameseText.fold(t.getName()), t.getId());
                teamsById.put(t.getId(), t);
            }
        }
        Map<String, List<String>> aliases = new HashMap<>();
        for (CatalogueAlias a : em.createQuery("SELECT a FROM CatalogueAlias a", CatalogueAlias.class).getResultList()) {
            aliases.computeIfAbsent(a.getCatalogue() + ":" + a.getCode(), k -> new ArrayList<>()).add(a.getAlias());
        }
        Map<Long, Skill> skills = new HashMap<>();
        Map<String, Long> skillIds = new HashMap<>();
        for (Skill s : em.createQuery("SELECT s FROM Skill s", Skill.class).getResultList()) {
            skills.put(s.getId(), s);
            index(skillIds, s, aliases.getOrDefault(CatalogueAlias.SKILL + ":" + s.getCode(), List.of()));
        }
        Map<Long, SpokenLanguage> languages = new HashMap<>();
        Map<String, Long> languageIds = new HashMap<>();
        for (SpokenLanguage l : em.createQuery("SELECT l FROM SpokenLanguage l", SpokenLanguage.class).getResultList()) {
            languages.put(l.getId(), l);
            index(languageIds, l, aliases.getOrDefault(CatalogueAlias.LANGUAGE + ":" + l.getCode(), List.of()));
        }
        return new Catalogues(teams, teamsById, skills, skillIds, languages, languageIds);
    }

    private static void index(Map<String, Long> byName, CatalogueEntry e, List<String> aliases) {
        // aliases first: an entry's own names win over another entry's alias
        aliases.forEach(a -> byName.put(VietnameseText.fold(a), e.getId()));
        byName.put(VietnameseText.fold(e.getNameVi()), e.getId());
        byName.put(VietnameseText.fold(e.getNameEn()), e.getId());
        byName.put(VietnameseText.fold(e.getCode()), e.getId());
    }

    record Catalogues(Map<Long, Map<String, Long>> teams, Map<Long, Team> teamsById,
                              Map<Long, Skill> skillsById, Map<String, Long> skillIds,
                              Map<Long, SpokenLanguage> languagesById, Map<String, Long> languageIds) {
        Team team(Long id) {
            return id == null ? null : teamsById.get(id);
        }

        Set<Skill> skills(Set<Long> ids) {
            Set<Skill> s = new HashSet<>();
            ids.forEach(id -> s.add(skillsById.get(id)));
            return s;
        }

        Set<SpokenLanguage> languages(Set<Long> ids) {
            Set<SpokenLanguage> s = new HashSet<>();
            ids.forEach(id -> s.add(languagesById.get(id)));
            return s;
        }
    }
}
