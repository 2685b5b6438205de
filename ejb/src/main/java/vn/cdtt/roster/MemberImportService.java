package vn.cdtt.roster;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.commune.Commune;
import vn.cdtt.roster.MemberSheet.Column;
import vn.cdtt.roster.MemberSheet.RawRow;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;

/**
 * Imports a commune's members from .xlsx or .csv: a preview lists every row's problems; the import re-reads
 * and re-checks the file and stores all rows in one transaction, or none.
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

    public ImportPreview preview(Long communeId, String fileName, byte[] content) {
        Commune commune = commune(communeId, callers.current());
        return new ImportPreview(check(commune, MemberSheet.read(fileName, content), null));
    }

    /** Stores every row, or (if any row has a problem) nothing: the exception lists each row's problems. */
    public int commit(Long communeId, String fileName, byte[] content) {
        Caller caller = callers.current();
        Commune commune = commune(communeId, caller);
        List<RawRow> raw = MemberSheet.read(fileName, content);
        List<MemberForm> forms = new ArrayList<>();
        List<ImportRow> rows = check(commune, raw, forms);
        List<Problem> problems = new ArrayList<>();
        for (ImportRow r : rows) {
            r.problems().forEach(p -> problems.add(new Problem("row " + r.rowNumber(), p.messageKey(), p.arguments())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Catalogues catalogues = catalogues(commune);
        List<Member> created = new ArrayList<>();
        for (MemberForm form : forms) {
            Member m = new Member(commune, form, form.getTeamId() == null ? null : em.find(Team.class, form.getTeamId()),
                    catalogues.skills(form.getSkillIds()), catalogues.languages(form.getLanguageIds()));
            em.persist(m);
            created.add(m);
        }
        Flush.now(em, "member.duplicate");
        for (Member m : created) {
            audit.record(caller.username(), AuditAction.CREATE, "Member", m.getId(), m.getProvinceId(), communeId,
                    LocalizedText.of("audit.event.member.imported", m.getFullName(), fileName), null, m.auditState());
        }
        audit.record(caller.username(), AuditAction.IMPORT, "Member", null, commune.getProvince().getId(), communeId,
                LocalizedText.of("audit.event.member.importedAll", created.size(), fileName), null, null);
        return created.size();
    }

    /** Every problem of every row; fills {@code forms} (one per row) when given. */
    private List<ImportRow> check(Commune commune, List<RawRow> raw, List<MemberForm> forms) {
        Catalogues catalogues = catalogues(commune);
        Set<String> takenPhones = taken("phone", commune, raw.stream()
                .map(r -> ContactRules.normalizeMobile(r.get(Column.PHONE))).toList());
        Set<String> takenIds = taken("citizenId", commune, raw.stream().map(r -> r.get(Column.CITIZEN_ID)).toList());
        Set<String> phonesInFile = new HashSet<>();
        Set<String> idsInFile = new HashSet<>();
        List<ImportRow> rows = new ArrayList<>();
        for (RawRow r : raw) {
            List<Problem> problems = new ArrayList<>();
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
            if (!team.isEmpty()) {
                Long teamId = catalogues.teams.get(VietnameseText.fold(team));
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
        }
        return rows;
    }

    /** Which of these phones (or citizen IDs) the province already has: one query per 500 values, not per row. */
    private Set<String> taken(String field, Commune commune, List<String> values) {
        List<String> distinct = values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < distinct.size(); i += 500) {
            taken.addAll(em.createQuery("SELECT m." + field + " FROM Member m WHERE m.provinceId = :p AND m." + field
                            + " IN :v", String.class)
                    .setParameter("p", commune.getProvince().getId())
                    .setParameter("v", distinct.subList(i, Math.min(distinct.size(), i + 500))).getResultList());
        }
        return taken;
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

    /** Teams of the commune and the catalogues, by folded name (Vietnamese or English) and by code. */
    private Catalogues catalogues(Commune commune) {
        Map<String, Long> teams = new HashMap<>();
        em.createQuery("SELECT t FROM Team t WHERE t.commune = :c", Team.class).setParameter("c", commune)
                .getResultList().forEach(t -> teams.put(VietnameseText.fold(t.getName()), t.getId()));
        Map<Long, Skill> skills = new HashMap<>();
        Map<String, Long> skillIds = new HashMap<>();
        for (Skill s : em.createQuery("SELECT s FROM Skill s", Skill.class).getResultList()) {
            skills.put(s.getId(), s);
            index(skillIds, s);
        }
        Map<Long, SpokenLanguage> languages = new HashMap<>();
        Map<String, Long> languageIds = new HashMap<>();
        for (SpokenLanguage l : em.createQuery("SELECT l FROM SpokenLanguage l", SpokenLanguage.class).getResultList()) {
            languages.put(l.getId(), l);
            index(languageIds, l);
        }
        return new Catalogues(teams, skills, skillIds, languages, languageIds);
    }

    private static void index(Map<String, Long> byName, CatalogueEntry e) {
        byName.put(VietnameseText.fold(e.getNameVi()), e.getId());
        byName.put(VietnameseText.fold(e.getNameEn()), e.getId());
        byName.put(VietnameseText.fold(e.getCode()), e.getId());
    }

    private record Catalogues(Map<String, Long> teams, Map<Long, Skill> skillsById, Map<String, Long> skillIds,
                              Map<Long, SpokenLanguage> languagesById, Map<String, Long> languageIds) {
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

    private Commune commune(Long communeId, Caller caller) {
        Commune c = communeId == null ? null : em.find(Commune.class, communeId);
        if (c == null) {
            throw new NotFoundException("Commune", communeId);
        }
        caller.requireWriteRoster(c.getProvince().getId(), c.getId());
        return c;
    }
}
