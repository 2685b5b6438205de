package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.cdtt.allowance.AllowancePolicies;
import vn.cdtt.allowance.AllowancePolicy;
import vn.cdtt.allowance.AllowanceStatements;
import vn.cdtt.allowance.MemberAllowances;
import vn.cdtt.allowance.MemberAllowances.PublicList;
import vn.cdtt.allowance.Money;
import vn.cdtt.allowance.PolicyForm;
import vn.cdtt.allowance.StatementState;
import vn.cdtt.allowance.StatementView;
import vn.cdtt.common.Messages;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.duty.Presence;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.TestClock;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/**
 * Allowances as the member sees them: their own months and lines only, their own PDF (Vietnamese name, total in
 * figures and in words) and never a colleague's, coordinators and viewers any member's of their scope, and the
 * commune's public list, visible to its members and to viewers once the month is approved and not before.
 *
 * <p>Like {@code AllowanceIT}, each test takes a month of its own from 2040 on (after every policy version stored)
 * and a commune of its own.
 */
class MemberAllowanceIT extends IntegrationTest {

    /** Communes no other test class uses, one per test of this class. */
    private static final List<String> COMMUNES = List.of("24013", "24028", "24043", "24049");
    private static final AtomicInteger NEXT_COMMUNE = new AtomicInteger();
    private static final YearMonth FIRST_MONTH = YearMonth.of(2040, 1);

    @Inject
    AllowancePolicies policies;

    @Inject
    AllowanceStatements statements;

    @Inject
    MemberAllowances allowances;

    @Inject
    AttendanceService attendance;

    private Long commune;
    private String province;
    private String coordinator;
    private YearMonth month;
    private Long huong;
    private Long binh;
    private String huongAccount;
    private String binhAccount;

    /**
     * A commune with its coordinator, two members with their accounts, and a month paying 625.000 đồng per attended
     * session: Hường attends twice (1.250.000), Bình once (625.000).
     */
    private StatementView setUpMonth() {
        commune = fixtures.commune(COMMUNES.get(NEXT_COMMUNE.getAndIncrement()));
        province = fixtures.account(Role.PROVINCE_COORDINATOR, null);
        coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        month = freeMonth();
        actAs(province);
        PolicyForm f = new PolicyForm();
        f.setValidFrom(month.atDay(1));
        f.setValidTo(month.atEndOfMonth());
        f.setBasisNumber("98/" + month.getYear() + "/NQ-HĐND");
        f.setBasisDate(month.atDay(1).minusDays(20));
        f.setBasisIssuer("HĐND tỉnh Gia Lai (thử)");
        f.setDutySession(625_000L);
        policies.create(null, f);
        huong = fixtures.member(commune, "Nguyễn Thị Hường");
        binh = fixtures.member(commune, "Trần Văn Bình");
        huongAccount = fixtures.account(Role.MEMBER, commune, huong);
        binhAccount = fixtures.account(Role.MEMBER, commune, binh);
        TestClock.setNow(month.plusMonths(1).atDay(3), LocalTime.of(9, 0));
        attended(month.atDay(5), huong, binh);
        attended(month.atDay(12), huong);
        actAs(coordinator);
        return statements.compute(commune, month);
    }

    /** The first month after every policy version stored, as {@code AllowanceIT} takes it. */
    private YearMonth freeMonth() {
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        return policies.versions(null).stream().map(AllowancePolicy::getValidTo).filter(d -> d != null)
                .map(d -> YearMonth.from(d).plusMonths(1)).filter(m -> m.isAfter(FIRST_MONTH))
                .max(YearMonth::compareTo).orElse(FIRST_MONTH);
    }

    private void attended(LocalDate day, Long... members) {
        Long shift = fixtures.shiftAt(commune, day, LocalTime.of(7, 30), LocalTime.of(11, 30), members);
        actAs(coordinator);
        for (Long m : members) {
            attendance.correct(fixtures.assignment(shift, m), Presence.PRESENT, "Xác nhận theo sổ trực");
        }
    }

    /** The PDF's text as OpenPDF's extractor reads it back. */
    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void aMemberSeesOnlyTheirOwnMonthsLinesAndPdf() throws IOException {
        StatementView st = setUpMonth();

        actAs(huongAccount);
        List<MemberAllowances.Month> mine = allowances.mine();
        assertEquals(1, mine.size());
        assertEquals(month, mine.get(0).month());
        assertEquals(StatementState.OPEN, mine.get(0).state());
        assertEquals(1_250_000, mine.get(0).amount());
        MemberAllowances.MemberStatement lines = allowances.statement(st.id(), huong);
        assertEquals("Nguyễn Thị Hường", lines.member());
        assertEquals(List.of(month.atDay(5), month.atDay(12)),
                lines.view().lines().stream().map(StatementView.Line::date).toList());
        assertTrue(lines.view().lines().stream().allMatch(l -> l.memberId().equals(huong)), "only her own lines");
        assertEquals(1_250_000, lines.view().total());

        assertThrows(AccessDeniedException.class, () -> allowances.statement(st.id(), binh));
        assertThrows(AccessDeniedException.class, () -> allowances.pdf(st.id(), binh, Messages.VIETNAMESE));

        String pdf = text(allowances.pdf(st.id(), huong, Messages.VIETNAMESE));
        assertTrue(pdf.contains("Nguyễn Thị Hường"), pdf);
        assertTrue(pdf.contains("1.250.000"), pdf);
        assertTrue(pdf.contains("Một triệu hai trăm năm mươi nghìn đồng"), pdf);
        assertTrue(pdf.contains("Trạng thái: Đang lập"), pdf);

        actAs(binhAccount);
        assertEquals(List.of(625_000L), allowances.mine().stream().map(MemberAllowances.Month::amount).toList());
    }

    @Test
    void coordinatorsAndViewersDownloadAnyMembersPdfOfTheirScope() throws IOException {
        StatementView st = setUpMonth();

        actAs(coordinator);
        assertTrue(text(allowances.pdf(st.id(), binh, Messages.VIETNAMESE)).contains(Money.words(625_000)));
        actAs(province);
        assertTrue(text(allowances.pdf(st.id(), huong, Messages.VIETNAMESE)).contains("Nguyễn Thị Hường"));
        actAs(fixtures.account(Role.VIEWER, null));
        assertTrue(text(allowances.pdf(st.id(), huong, Messages.ENGLISH)).contains("MEMBER ALLOWANCE STATEMENT"));

        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, fixtures.commune(COMMUNES.get(COMMUNES.size() - 1))));
        assertThrows(AccessDeniedException.class, () -> allowances.pdf(st.id(), huong, Messages.VIETNAMESE),
                "another commune's coordinator");
        actAs(fixtures.account(Role.CENTRE_STAFF, commune));
        assertThrows(AccessDeniedException.class, () -> allowances.pdf(st.id(), huong, Messages.VIETNAMESE),
                "centre staff");
    }

    @Test
    void thePublicListShowsNamesAndTotalsOnceApprovedAndNotBefore() throws IOException {
        StatementView open = setUpMonth();
        String viewer = fixtures.account(Role.VIEWER, null);

        actAs(huongAccount);
        assertEquals(Optional.empty(), allowances.publicList(null, null), "open: not public");
        actAs(coordinator);
        StatementView submitted = statements.submit(open.id(), open.version());
        actAs(huongAccount);
        assertEquals(Optional.empty(), allowances.publicList(null, month), "submitted: not public yet");
        actAs(viewer);
        assertEquals(Optional.empty(), allowances.publicList(commune, month));

        actAs(province);
        StatementView approved = statements.approve(submitted.id(), submitted.version());

        actAs(binhAccount);
        PublicList list = allowances.publicList(null, null).orElseThrow();
        assertEquals(month, list.month());
        assertEquals(StatementState.APPROVED, list.state());
        assertEquals(List.of(new PublicList.Row("Trần Văn Bình", 625_000), new PublicList.Row("Nguyễn Thị Hường",
                1_250_000)), list.rows(), "by given name, the Vietnamese way");
        assertEquals(1_875_000, list.total());
        assertThrows(AccessDeniedException.class, () -> allowances.publicList(
                fixtures.commune(COMMUNES.get(COMMUNES.size() - 1)), null), "another commune's list");
        actAs(viewer);
        assertEquals(list.rows(), allowances.publicList(commune, month).orElseThrow().rows());

        actAs(province);
        statements.recordPayment(approved.id(), approved.version(), month.plusMonths(1).atDay(3), "PC-0042");
        actAs(huongAccount);
        MemberAllowances.Month paid = allowances.mine().get(0);
        assertEquals(StatementState.PAID, paid.state());
        assertEquals("PC-0042", paid.paymentReference());
        assertEquals(StatementState.PAID, allowances.publicList(null, null).orElseThrow().state());
        String pdf = text(allowances.pdf(paid.statementId(), huong, Messages.VIETNAMESE));
        assertTrue(pdf.contains("Đã chi trả ngày " + month.plusMonths(1).atDay(3).format(VietnamTime.DATE)
                + ", chứng từ số PC-0042"), pdf);
    }
}
