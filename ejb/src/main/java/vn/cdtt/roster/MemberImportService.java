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
        MemberSheet.Table table = MemberSheet.read(fileName, content);
        List<Target> targets = new ArrayList<>();
        List<ImportRow> rows = check(caller, commune, table.rows(), null, targets);
        Map<Commune, Long> perCommune = new LinkedHashMap<>();
        for (Target t : targets) {
            if (t.commune() != null) {
                perCommune.merge(t.commune(), 1L, Long::sum);
            }
        }
        return new ImportPreview(rows, perCommune.entrySet().stream().map(e -> new ImportPreview.CommuneCount(
                e.getKey().getType().name(), e.getKey().getName(), e.getValue())).toList(), table.ignored());
    }

    /** Stores every row, or (if any row has a problem) nothing: the exception lists each row's problems. */
    public int commit(Long communeId, String fileName, byte[] content) {
        Caller caller = callers.current();
        Commune commune = commune(communeId, caller);
        List<RawRow> raw = MemberSheet.read(fileName, content).rows();
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
        ImportReferences.Catalogues catalogues = new ImportReferences(em)
                .catalogues(targets.stream().map(Target::commune).toList());
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
        ImportReferences references = new ImportReferences(em);
        ImportReferences.Communes communes = references.communes(caller.provinceId());
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
        ImportReferences.Catalogues catalogues = references.catalogues(rowCommunes);
        Set<String> takenPhones = new HashSet<>();
        Set<String> takenIds = new HashSet<>();
        references.taken(caller.provinceId(), takenPhones, takenIds);
        // the first row of each phone and citizen ID, so that a duplicate names both rows
        Map<String, Integer> phonesInFile = new HashMap<>();
        Map<String, Integer> idsInFile = new HashMap<>();
        List<List<Problem>> rowProblems = new ArrayList<>();
        List<MemberForm> rowForms = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RawRow r = raw.get(i);
            Commune commune = rowCommunes.get(i);
            List<Problem> problems = new ArrayList<>();
            rowProblems.add(problems);
            if (communeProblems.get(i) != null) {
                problems.add(communeProblems.get(i));
            }
            MemberForm form = new MemberForm();
            form.setFullName(r.get(Column.FULL_NAME));
            form.setBirthDate(parse(problems, "birthDate", Column.BIRTH_DATE, MemberSheet::date, r));
            form.setGender(parse(problems, "gender", Column.GENDER, MemberSheet::gender, r));
            form.setEthnicity(r.get(Column.ETHNICITY));
            form.setPhone(MemberSheet.phone(r.get(Column.PHONE)));
            form.setEmail(r.get(Column.EMAIL));
            form.setCitizenId(MemberSheet.citizenId(r.get(Column.CITIZEN_ID)));
            Boolean yu = parse(problems, "youthUnion", Column.YOUTH_UNION, MemberSheet::yesNo, r);
            form.setYouthUnion(Boolean.TRUE.equals(yu));
            form.setJoinedOn(parse(problems, "joinedOn", Column.JOINED_ON, MemberSheet::date, r));
            String team = r.get(Column.TEAM);
            if (!team.isEmpty() && commune != null) {
                Long teamId = catalogues.teams().getOrDefault(commune.getId(), Map.of()).get(VietnameseText.fold(team));
                if (teamId == null) {
                    problems.add(new Problem("teamId", "import.team.unknown", team));
                }
                form.setTeamId(teamId);
            }
            form.setSkillIds(ids(MemberSheet.list(r.get(Column.SKILLS)), catalogues.skillIds(), "import.skill.unknown",
                    problems));
            form.setLanguageIds(ids(MemberSheet.list(r.get(Column.LANGUAGES)), catalogues.languageIds(),
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
            if (ContactRules.isMobile(phone)) {
                sameInFile(phonesInFile, phone, i, raw, rowProblems, "phone", "import.phone.duplicateInFile", phone);
            }
            String cccd = form.getCitizenId();
            if (ContactRules.isCitizenId(cccd)) {
                sameInFile(idsInFile, cccd, i, raw, rowProblems, "citizenId", "import.citizenId.duplicateInFile",
                        ContactRules.maskCitizenId(cccd));
            }
            rowForms.add(form);
            if (forms != null) {
                forms.add(form);
            }
            targets.add(new Target(commune));
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            rows.add(new ImportRow(raw.get(i).line(), rowForms.get(i).getFullName(),
                    ContactRules.normalizeMobile(rowForms.get(i).getPhone()), rowProblems.get(i)));
        }
        return rows;
    }

    /**
     * A value that must be unique (a phone, a citizen ID) met again in the file: both rows get a problem naming the
     * other ("trùng với dòng 9" on row 5, "trùng với dòng 5" on row 9); a third names the first.
     */
    private static void sameInFile(Map<String, Integer> first, String value, int row, List<RawRow> raw,
                                   List<List<Problem>> problems, String field, String key, String shown) {
        Integer earlier = first.putIfAbsent(value, row);
        if (earlier == null) {
            return;
        }
        problems.get(row).add(new Problem(field, key, shown, raw.get(earlier).line()));
        List<Problem> ofEarlier = problems.get(earlier);
        if (ofEarlier.stream().noneMatch(p -> p.messageKey().equals(key))) {
            ofEarlier.add(new Problem(field, key, shown, raw.get(row).line()));
        }
    }

    private static boolean mayWrite(Caller caller, Commune c) {
        try {
            caller.requireWriteRoster(c.getProvince().getId(), c.getId());
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /**
     * The value of a cell read by {@code parser}, or null with a problem that names the column ("Ngày sinh: "31/02"
     * không phải ngày hợp lệ"): the column's header is the first argument of the parser's message.
     */
    private static <T> T parse(List<Problem> problems, String field, Column column,
                               java.util.function.Function<String, T> parser, RawRow row) {
        try {
            return parser.apply(row.get(column));
        } catch (InvalidInputException e) {
            List<Object> arguments = new ArrayList<>(List.of(e.getArguments()));
            arguments.add(0, LocalizedText.label(column.key()));
            problems.add(new Problem(field, e.getMessageKey(), arguments.toArray()));
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
