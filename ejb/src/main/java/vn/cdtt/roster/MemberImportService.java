package vn.cdtt.roster;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.InvalidInputException.Problem;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.Messages;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.commune.Commune;
import vn.cdtt.roster.MemberSheet.Column;
import vn.cdtt.roster.MemberSheet.RawRow;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Imports members from .xlsx or .csv into the commune chosen on the page or, row by row, the commune the file
 * names (code or name, diacritics ignored; the province coordinator only, or a commune coordinator naming their
 * own): a preview lists every row's problems and the rows per commune; the import re-reads and re-checks the file
 * and stores all rows in one transaction, or none.
 */
@Stateless
public class MemberImportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    /** The .xlsx template with headers in the given language and one example row. */
    public byte[] template(Locale locale) {
        callers.current();
        return MemberSheet.template(locale);
    }

    /**
     * What the file would do. {@code communeId} is the commune chosen on the page: rows without a commune of their
     * own go there. It may be null for the province coordinator when every row names its commune.
     */
    public ImportPreview preview(Long communeId, String fileName, byte[] content) {
        Caller caller = callers.current();
        Commune commune = commune(communeId, caller);
        List<RawRow> raw = MemberSheet.read(fileName, content);
        List<Target> targets = new ArrayList<>();
        List<ImportRow> rows = check(caller, commune, raw, null, targets);
        Map<Commune, Long> perCommune = new LinkedHashMap<>();
        for (Target t : targets) {
            if (t.commune() != null) {
                perCommune.merge(t.commune(), 1L, Long::sum);
            }
        }
        return new ImportPreview(rows, perCommune.entrySet().stream().map(e -> new ImportPreview.CommuneCount(
                e.getKey().getType().name(), e.getKey().getName(), e.getValue())).toList());
    }

    /** Stores every row, or (if any row has a problem) nothing: the exception lists each row's problems. */
    public int commit(Long communeId, String fileName, byte[] content) {
        Caller caller = callers.current();
        Commune commune = commune(communeId, caller);
        List<RawRow> raw = MemberSheet.read(fileName, content);
        List<MemberForm> forms = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<ImportRow> rows = check(caller, commune, raw, forms, targets);
        List<Problem> problems = new ArrayList<>();
        for (ImportRow r : rows) {
            r.problems().forEach(p -> problems.add(new Problem("row " + r.rowNumber(), p.messageKey(), p.arguments())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Catalogues catalogues = catalogues(targets);
        List<Member> created = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            MemberForm form = forms.get(i);
            Member m = new Member(targets.get(i).commune(), form, catalogues.team(form.getTeamId()),
                    catalogues.skills(form.getSkillIds()), catalogues.languages(form.getLanguageIds()));
            em.persist(m);
            created.add(m);
        }
        Flush.now(em, "member.duplicate");
        for (Member m : created) {
            audit.record(caller.username(), AuditAction.CREATE, "Member", m.getId(), m.getProvinceId(),
                    m.getCommune().getId(), LocalizedText.of("audit.event.member.imported", m.getFullName(), fileName),
                    null, m.auditState());
        }
        audit.record(caller.username(), AuditAction.IMPORT, "Member", null, caller.provinceId(), communeId,
                LocalizedText.of("audit.event.member.importedAll", created.size(), fileName), null, null);
        return created.size();
    }

    /** Where a row goes: its commune (null if unknown or not the caller's). */
    private record Target(Commune commune) {
    }

    /**
     * Every problem of every row; fills {@code forms} (one per row) when given, and {@code targets} (the commune
     * of each row). Nothing here writes, so the preview and the import check the same way.
     */
    private List<ImportRow> check(Caller caller, Commune chosen, List<RawRow> raw, List<MemberForm> forms,
                                  List<Target> targets) {
        Communes communes = communes(caller);
        List<Commune> rowCommunes = new ArrayList<>();
        List<Problem> communeProblems = new ArrayList<>();
        for (RawRow r : raw) {
            String named = r.get(Column.COMMUNE);
            Commune c = chosen;
            Problem problem = null;
            if (!named.isEmpty()) {
                c = communes.find(named);
                if (c == null) {
                    problem = new Problem("communeId", "import.commune.unknown", named);
                } else if (!mayWrite(caller, c)) {
                    problem = new Problem("communeId", "import.commune.notYours", named);
                    c = null;
                }
            } else if (c == null) {
                problem = new Problem("communeId", "import.commune.required");
            }
            rowCommunes.add(c);
            communeProblems.add(problem);
        }
        Catalogues catalogues = catalogues(rowCommunes.stream().map(Target::new).toList());
        Set<String> takenPhones = new HashSet<>();
        Set<String> takenIds = new HashSet<>();
        taken(caller.provinceId(), takenPhones, takenIds);
        Set<String> phonesInFile = new HashSet<>();
        Set<String> idsInFile = new HashSet<>();
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RawRow r = raw.get(i);
            Commune commune = rowCommunes.get(i);
            List<Problem> problems = new ArrayList<>();
            if (communeProblems.get(i) != null) {
                problems.add(communeProblems.get(i));
            }
            MemberForm form = new MemberForm();
            form.setFullName(r.get(Column.FULL_NAME));
            form.setBirthDate(parse(problems, "birthDate", () -> MemberSheet.date(r.get(Column.BIRTH_DATE))));
            form.setGender(parse(problems, "gender", () -> MemberSheet.gender(r.get(Column.GENDER))));
            form.setEthnicity(r.get(Column.ETHNICITY));
            form.setPhone(r.get(Column.PHONE));
            form.setEmail(r.get(Column.EMAIL));
            form.setCitizenId(r.get(Column.CITIZEN_ID));
            Boolean yu = parse(problems, "youthUnion", () -> MemberSheet.yesNo(r.get(Column.YOUTH_UNION)));
            form.setYouthUnion(Boolean.TRUE.equals(yu));
            form.setJoinedOn(parse(problems, "joinedOn", () -> MemberSheet.date(r.get(Column.JOINED_ON))));
            String team = r.get(Column.TEAM);
            if (!team.isEmpty() && commune != null) {
                Long teamId = catalogues.teams.getOrDefault(commune.getId(), Map.of()).get(VietnameseText.fold(team));
                if (teamId == null) {
                    problems.add(new Problem("teamId", "import.team.unknown", team));
                }
                form.setTeamId(teamId);
            }
            form.setSkillIds(ids(MemberSheet.list(r.get(Column.SKILLS)), catalogues.skillIds, "import.skill.unknown",
                    problems));
            form.setLanguageIds(ids(MemberSheet.list(r.get(Column.LANGUAGES)), catalogues.languageIds,
                    "import.language.unknown", problems));
            // a field whose text could not be read is reported once, by the parser, not again as "required"
            Set<String> unreadable = new HashSet<>();
            problems.forEach(p -> unreadable.add(p.field()));
            for (Problem p : Member.check(form)) {
                if (!unreadable.contains(p.field())) {
                    problems.add(p);
                }
            }
            String phone = ContactRules.normalizeMobile(form.getPhone());
            if (takenPhones.contains(phone)) {
                problems.add(new Problem("phone", "member.phone.taken", phone));
            }
            if (takenIds.contains(form.getCitizenId())) {
                problems.add(new Problem("citizenId", "member.citizenId.taken"));
            }
            if (ContactRules.isMobile(phone) && !phonesInFile.add(phone)) {
                problems.add(new Problem("phone", "import.duplicateInFile", phone));
            }
            String cccd = form.getCitizenId();
            if (ContactRules.isCitizenId(cccd) && !idsInFile.add(cccd)) {
                problems.add(new Problem("citizenId", "import.duplicateInFile", ContactRules.maskCitizenId(cccd)));
            }
            rows.add(new ImportRow(r.line(), form.getFullName(), phone, problems));
            if (forms != null) {
                forms.add(form);
            }
            targets.add(new Target(commune));
        }
        return rows;
    }

    private static boolean mayWrite(Caller caller, Commune c) {
        try {
            caller.requireWriteRoster(c.getProvince().getId(), c.getId());
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** The communes of the caller's province by code and by name, with or without "Xã"/"Phường", folded. */
    private Communes communes(Caller caller) {
        Map<String, Commune> byKey = new HashMap<>();
        for (Commune c : em.createQuery("SELECT c FROM Commune c JOIN FETCH c.province p WHERE p.id = :p",
                Commune.class).setParameter("p", caller.provinceId()).getResultList()) {
            byKey.put(VietnameseText.fold(c.getCode()), c);
            byKey.put(VietnameseText.fold(c.getName()), c);
            byKey.put(VietnameseText.fold(Messages.get(Messages.VIETNAMESE, "CommuneType." + c.getType()) + " "
                    + c.getName()), c);
            byKey.put(VietnameseText.fold(Messages.get(Messages.ENGLISH, "CommuneType." + c.getType()) + " "
                    + c.getName()), c);
        }
        return new Communes(byKey);
    }

    private record Communes(Map<String, Commune> byKey) {
        Commune find(String text) {
            return byKey.get(VietnameseText.fold(text));
        }
    }

    /**
     * Every phone and citizen ID the province already has, in one query: a set lookup per row afterwards. (One
     * query of a few hundred thousand short strings is faster than thousands of IN lists, and never per row.)
     */
    private void taken(Long provinceId, Set<String> phones, Set<String> citizenIds) {
        for (Object[] pair : em.createQuery("SELECT m.phone, m.citizenId FROM Member m WHERE m.provinceId = :p",
                Object[].class).setParameter("p", provinceId).getResultList()) {
            phones.add((String) pair[0]);
            citizenIds.add((String) pair[1]);
        }
    }

    private interface Parser<T> {
        T parse();
    }

    private static <T> T parse(List<Problem> problems, String field, Parser<T> parser) {
        try {
            return parser.parse();
        } catch (InvalidInputException e) {
            problems.add(new Problem(field, e.getMessageKey(), e.getArguments()));
            return null;
        }
    }

    private static Set<Long> ids(List<String> names, Map<String, Long> byName, String unknownKey,
                                 List<Problem> problems) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : names) {
            Long id = byName.get(VietnameseText.fold(name));
            if (id == null) {
                problems.add(new Problem(null, unknownKey, name));
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Teams of the rows' communes and the catalogues, by folded name (Vietnamese or English), code and alias
     * (V7__input_aliases.sql: "Tiếng Ba Na" for Bahnar).
     */
    private Catalogues catalogues(List<Target> targets) {
        Set<Long> communeIds = new HashSet<>();
        targets.forEach(t -> {
            if (t.commune() != null) {
                communeIds.add(t.commune().getId());
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

    private record Catalogues(Map<Long, Map<String, Long>> teams, Map<Long, Team> teamsById,
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

    /** The commune chosen on the page (checked against the caller), or null: then every row must name its own. */
    private Commune commune(Long communeId, Caller caller) {
        if (communeId == null) {
            caller.require(Role.PROVINCE_COORDINATOR);
            return null;
        }
        Commune c = em.find(Commune.class, communeId);
        if (c == null) {
            throw new NotFoundException("Commune", communeId);
        }
        caller.requireWriteRoster(c.getProvince().getId(), c.getId());
        return c;
    }
}
