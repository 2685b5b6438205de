package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.InvalidInputException.Problem;
import vn.cdtt.common.PageRequest;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.ImportFiles;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.roster.ImportPreview;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberFilter;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.MemberImportService;
import vn.cdtt.roster.MemberRow;
import vn.cdtt.roster.MemberService;
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.roster.TeamService;
import vn.cdtt.security.Role;

/** Bad input tried as a careful clerk would, through the real services: the right message, nothing partial. */
class CarefulInputIT extends IntegrationTest {

    private static final String KBANG = "23638";
    private static final String IA_BANG = "23710";
    private static final String HEADER = String.join(";", ImportFiles.HEADER) + "\n";

    @Inject
    MemberImportService imports;

    @Inject
    MemberService members;

    @Inject
    TeamService teams;

    private static String row(String name, long base, int i, String languages, String commune) {
        return name + ";14/03/2001;Nam;Kinh;" + ImportFiles.phone(base, i) + ";;" + ImportFiles.citizenId(base, i)
                + ";Có;05/01/2026;;;" + languages + ";" + commune + "\n";
    }

    private static byte[] csv(String... rows) {
        return (HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    }

    private List<MemberRow> find(String text, Long communeId) {
        MemberFilter f = new MemberFilter();
        f.setText(text);
        f.setCommuneId(communeId);
        return members.search(f, PageRequest.of(0, 50)).rows();
    }

    @Test
    void aFamilyNameTooLongForItsColumnIsNamedWithItsLineInThePreviewAndNothingIsStored() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        long base = fixtures.nextImportBase();
        String marker = "Dài" + Fixtures.next();
        byte[] file = csv(row("Trần " + marker + " An", base, 0, "Tiếng Việt", ""),
                row("Trần " + marker + " Bình", base, 1, "Tiếng Việt", ""),
                row("Nguyễn" + "x".repeat(50) + " " + marker + " Châu", base, 2, "Tiếng Việt", ""));
        long before = fixtures.memberCount();

        ImportPreview preview = imports.preview(commune, "ds.csv", file);

        assertEquals(1, preview.problemRows().size());
        assertEquals(4, preview.problemRows().get(0).rowNumber(), "the third member is line 4 of the sheet");
        assertEquals(List.of("member.familyName.tooLong"), preview.problemRows().get(0).problems().stream()
                .map(Problem::messageKey).toList());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> imports.commit(commune, "ds.csv", file));
        assertEquals(List.of("row 4"), e.getProblems().stream().map(Problem::field).toList());
        assertEquals("member.familyName.tooLong", e.getProblems().get(0).messageKey(),
                "never 'phone or CCCD already used'");
        assertEquals(before, fixtures.memberCount(), "nothing stored");
    }

    @Test
    void catalogueAliasesAreAcceptedOnImport() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        long base = fixtures.nextImportBase();
        String marker = "Bí" + Fixtures.next();
        byte[] file = csv(row("Rơ Châm " + marker + " Hyen", base, 0, "Tiếng Ba Na, Kinh", ""),
                row("Siu " + marker + " Nga", base, 1, "gia rai, Việt", ""));

        ImportPreview preview = imports.preview(commune, "ds.csv", file);
        assertTrue(preview.valid(), preview.problemRows().toString());
        assertEquals(2, imports.commit(commune, "ds.csv", file));

        List<MemberRow> stored = find(marker, commune);
        assertEquals(2, stored.size());
        Member hyen = members.find(stored.stream().filter(r -> r.fullName().endsWith("Hyen")).findFirst().orElseThrow().id());
        assertEquals(Set.of("bahnar", "vi"), hyen.getLanguages().stream().map(SpokenLanguage::getCode)
                .collect(Collectors.toSet()));
        Member nga = members.find(stored.stream().filter(r -> r.fullName().endsWith("Nga")).findFirst().orElseThrow().id());
        assertEquals(Set.of("jrai", "vi"), nga.getLanguages().stream().map(SpokenLanguage::getCode)
                .collect(Collectors.toSet()));
    }

    @Test
    void theProvinceImportPutsEachRowInTheCommuneItNamesAndCountsThem() {
        Long kbang = fixtures.commune(KBANG);
        Long iaBang = fixtures.commune(IA_BANG);
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        long base = fixtures.nextImportBase();
        String marker = "Xã" + Fixtures.next();
        byte[] file = csv(row("Lê " + marker + " Một", base, 0, "", KBANG),
                row("Lê " + marker + " Hai", base, 1, "", "xa ia bang"),
                row("Lê " + marker + " Ba", base, 2, "", "Xã Ia Băng"));

        ImportPreview preview = imports.preview(null, "ds.csv", file);

        assertTrue(preview.valid(), preview.problemRows().toString());
        assertEquals(List.of(new ImportPreview.CommuneCount("XA", "Kbang", 1),
                new ImportPreview.CommuneCount("XA", "Ia Băng", 2)), preview.perCommune());
        assertEquals(3, imports.commit(null, "ds.csv", file));
        assertEquals(1, find(marker, kbang).size());
        assertEquals(2, find(marker, iaBang).size());
    }

    @Test
    void aCommuneColumnIsNeverDroppedSilently() {
        Long kbang = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, kbang));
        long base = fixtures.nextImportBase();
        byte[] file = csv(row("Lê Văn Một", base, 0, "", "Ia Băng"), row("Lê Văn Hai", base, 1, "", "Không Có"),
                row("Lê Văn Ba", base, 2, "", "kbang"));

        var keys = imports.preview(kbang, "ds.csv", file).rows().stream()
                .map(r -> r.problems().stream().map(Problem::messageKey).toList()).toList();

        assertEquals(List.of(List.of("import.commune.notYours"), List.of("import.commune.unknown"), List.of()), keys);
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        var noCommune = imports.preview(null, "ds.csv", csv(row("Lê Văn Tư", base, 3, "", "")));
        assertEquals("import.commune.required", noCommune.rows().get(0).problems().get(0).messageKey());
    }

    @Test
    void memberSearchLooksAtNamePhoneAndCitizenIdButNotTheEmail() {
        Long commune = fixtures.commune(KBANG);
        String marker = "Tìm" + Fixtures.next();
        MemberForm form = Fixtures.form("Phạm " + marker + " Quý");
        form.setEmail("le.van." + marker.toLowerCase() + "x@example.com");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Member m = members.create(commune, form);

        assertEquals(List.of(m.getId()), find(marker, commune).stream().map(MemberRow::id).toList(), "name");
        assertEquals(List.of(m.getId()), find(m.getPhone(), commune).stream().map(MemberRow::id).toList(), "phone");
        assertEquals(List.of(m.getId()), find(form.getCitizenId(), commune).stream().map(MemberRow::id).toList(),
                "citizen ID");
        assertEquals(List.of(), find("example.com", commune), "the e-mail is not searched");
        assertEquals(List.of(), find(marker.toLowerCase() + "x", commune), "nor the middle of it");
    }

    @Test
    void decomposedTextIsStoredComposedSoSearchAndUniquenessSeeOneName() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        String marker = "Ấp" + Fixtures.next();
        String name = "Nguyễn Thị " + marker;
        Member m = members.create(commune, Fixtures.form(Normalizer.normalize(name, Normalizer.Form.NFD)));

        assertEquals(name, members.find(m.getId()).getFullName(), "stored in NFC");
        assertEquals(1, find(name, commune).size());
        String team = "Tổ Ấp Mới " + marker;
        teams.create(commune, Normalizer.normalize(team, Normalizer.Form.NFD), "");
        InvalidInputException taken = assertThrows(InvalidInputException.class,
                () -> teams.create(commune, team, ""));
        assertEquals("team.name.taken", taken.getMessageKey(), "the same name typed composed is the same team");
    }

    @Test
    void aNameThatASpreadsheetWouldRunIsRefusedOnTheForm() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        long before = fixtures.memberCount();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> members.create(commune, Fixtures.form("=HYPERLINK(\"x\") An")));
        assertEquals(List.of("fullName"), e.getProblems().stream().map(Problem::field).toList());
        assertEquals("input.name.formula", e.getMessageKey());
        assertEquals(before, fixtures.memberCount());
        assertFalse(find("HYPERLINK", commune).size() > 0);
    }
}
