package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cdtt.allowance.AllowanceBudgets;
import vn.cdtt.allowance.AllowanceComponent;
import vn.cdtt.allowance.AllowancePolicies;
import vn.cdtt.allowance.AllowancePolicy;
import vn.cdtt.allowance.AllowanceStatements;
import vn.cdtt.allowance.FundingSource;
import vn.cdtt.allowance.Money;
import vn.cdtt.allowance.PaymentSheets;
import vn.cdtt.allowance.PolicyForm;
import vn.cdtt.allowance.ProvinceMonth;
import vn.cdtt.allowance.StatementState;
import vn.cdtt.allowance.BudgetStanding;
import vn.cdtt.allowance.StatementView;
import vn.cdtt.common.BusinessException;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.Messages;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.duty.Presence;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.it.support.ActingCaller;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.PrintedSheets;
import vn.cdtt.it.support.TestClock;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.roster.CatalogueService;
import vn.cdtt.security.Role;
import vn.cdtt.training.TargetGroup;
import vn.cdtt.training.TrainingPlan;
import vn.cdtt.training.TrainingPlanning;
import vn.cdtt.training.TrainingResult;
import vn.cdtt.training.TrainingResults;
import vn.cdtt.training.TrainingSession;
import vn.cdtt.training.TrainingTopic;

/**
 * Allowances from verified work: the rate of the day, no pay for a no-show, caps, the lock of a submitted month
 * (attendance, shifts, training results), adjustments after approval, the unique key under racing computations, one
 * winner of racing transitions, scope; policy versions (a used one is read-only, a new version from it), yearly
 * budgets against approvals, recording payment.
 *
 * <p>Each test takes months of its own from 2040 on (no other test works that far ahead; policy versions are
 * province-wide, so their periods must not meet) and a commune of its own, and sets the clock after its months.
 */
class AllowanceIT extends IntegrationTest {

    /** Communes no other test class uses, one per test of this class. */
    private static final List<String> COMMUNES = List.of("21715", "21727", "21730", "21733", "21739", "21751",
            "21757", "21769", "21775", "21786", "21787", "21796", "21805", "21808", "21817", "21964", "21970", "21985", "21994", "21820");
    private static final AtomicInteger NEXT_COMMUNE = new AtomicInteger();
    /** No other test works this far ahead. */
    private static final YearMonth FIRST_MONTH = YearMonth.of(2040, 1);
    private static final LocalTime MORNING = LocalTime.of(7, 30);
    private static final LocalTime NOON = LocalTime.of(11, 30);

    @Inject
    AllowancePolicies policies;

    @Inject
    AllowanceStatements statements;

    @Inject
    PaymentSheets sheets;

    @Inject
    AllowanceBudgets budgets;

    @Inject
    AttendanceService attendance;

    @Inject
    ShiftService shifts;

    @Inject
    TrainingPlanning planning;

    @Inject
    TrainingResults results;

    @Inject
    CatalogueService catalogue;

    @Resource
    ManagedExecutorService executor;

    private Long commune;
    private String province;
    private String coordinator;

    /** A commune, its coordinator and a province coordinator for this test. */
    private void setUp() {
        commune = fixtures.commune(COMMUNES.get(NEXT_COMMUNE.getAndIncrement()));
        province = fixtures.account(Role.PROVINCE_COORDINATOR, null);
        coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
    }

    /**
     * The first month after every policy version stored (also those of a database kept from a run before): this
     * test's own once it stores a version for it, so a test stores versions for every month it uses.
     */
    private YearMonth freeMonth() {
        actAs(province);
        return policies.versions(null).stream().map(AllowancePolicy::getValidTo).filter(d -> d != null)
                .map(d -> YearMonth.from(d).plusMonths(1)).filter(m -> m.isAfter(FIRST_MONTH))
                .max(YearMonth::compareTo).orElse(FIRST_MONTH);
    }

    private static PolicyForm form(LocalDate from, LocalDate to, Consumer<PolicyForm> rates) {
        PolicyForm f = new PolicyForm();
        f.setValidFrom(from);
        f.setValidTo(to);
        f.setBasisNumber("99/" + from.getYear() + "/NQ-HĐND");
        f.setBasisDate(from.minusDays(20));
        f.setBasisIssuer("HĐND tỉnh Gia Lai (thử)");
        rates.accept(f);
        return f;
    }

    private AllowancePolicy policy(LocalDate from, LocalDate to, Consumer<PolicyForm> rates) {
        actAs(province);
        return policies.create(null, form(from, to, rates));
    }

    /** A morning shift on that day with the members on it, each given the verdict as a coordinator's correction. */
    private Long shift(LocalDate day, Presence verdict, Long... members) {
        Long shift = fixtures.shiftAt(commune, day, MORNING, NOON, members);
        actAs(coordinator);
        for (Long m : members) {
            attendance.correct(fixtures.assignment(shift, m), verdict, "Xác nhận theo sổ trực");
        }
        return shift;
    }

    /** The clock a few days after the month, when its statement is made. */
    private static void after(YearMonth month) {
        TestClock.setNow(month.plusMonths(1).atDay(3), LocalTime.of(9, 0));
    }

    private StatementView compute(YearMonth month) {
        actAs(coordinator);
        return statements.compute(commune, month);
    }

    /** The lines without their ids (a recomputation stores them afresh). */
    private static List<String> sources(StatementView v) {
        return v.lines().stream().map(l -> l.memberId() + " " + l.component() + " " + l.funding() + " " + l.date()
                + " " + l.shiftId() + " " + l.policyId() + " " + l.rate() + " " + l.amount()).toList();
    }

    private static long sum(StatementView v, AllowanceComponent c) {
        return v.byComponent().getOrDefault(c, 0L);
    }

    @Test
    void ratesSwitchMidMonthAndEachLineSaysWhereItComesFrom() {
        setUp();
        YearMonth month = freeMonth();
        AllowancePolicy before = policy(month.atDay(1), month.atDay(15), f -> f.setDutySession(40_000L));
        AllowancePolicy from16 = policy(month.atDay(16), month.atEndOfMonth(), f -> f.setDutySession(50_000L));
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        after(month);
        shift(month.atDay(10), Presence.PRESENT, an);
        shift(month.atDay(20), Presence.PRESENT, an);

        StatementView v = compute(month);

        assertEquals(StatementState.OPEN, v.state());
        assertEquals(90_000, v.total());
        assertEquals(List.of(40_000L, 50_000L), v.lines().stream().map(StatementView.Line::rate).toList());
        assertEquals(List.of(before.getId(), from16.getId()), v.lines().stream().map(StatementView.Line::policyId).toList());
        StatementView.Line first = v.lines().get(0);
        assertEquals(month.atDay(10), first.date());
        assertNotNull(first.shiftId());
        assertTrue(first.place().startsWith("Điểm thử"), first.place());
        assertEquals(FundingSource.PROVINCE, first.funding());
        assertEquals(90_000, v.byMember().get(an));
        assertEquals(90_000, v.byFunding().get(FundingSource.PROVINCE));
        assertEquals(sources(v), sources(compute(month)), "recomputing an open month gives the same lines");
    }

    @Test
    void aNoShowPaysNothing() {
        setUp();
        YearMonth month = freeMonth();
        policy(month.atDay(1), month.atEndOfMonth(), f -> f.setDutySession(50_000L));
        Long present = fixtures.member(commune, "Trần Thị Bình");
        Long noShow = fixtures.member(commune, "Lê Văn Cường");
        after(month);
        shift(month.atDay(4), Presence.PRESENT, present);
        shift(month.atDay(5), Presence.ABSENT, noShow);

        StatementView v = compute(month);

        assertEquals(Set.of(present), v.byMember().keySet());
        assertEquals(50_000, v.total());
    }

    @Test
    void heldTrainingsArePaidByRoleAndTheirResultIsLockedWithTheMonth() {
        setUp();
        YearMonth month = freeMonth();
        policy(month.atDay(1), month.atEndOfMonth(), f -> {
            f.setTrainingLead(100_000L);
            f.setTrainingAssistant(50_000L);
        });
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        TestClock.setNow(month.atDay(20), LocalTime.of(9, 0));
        actAs(coordinator);
        TrainingPlan plan = new TrainingPlan();
        plan.setPlace("Nhà văn hoá thôn 2");
        plan.setDate(month.atDay(10));
        plan.setStartTime(LocalTime.of(8, 0));
        plan.setEndTime(LocalTime.of(10, 0));
        plan.getTopicIds().add(catalogue.list(TrainingTopic.class).get(0).getId());
        plan.getGroupIds().add(catalogue.list(TargetGroup.class).get(0).getId());
        plan.getLanguageIds().add(catalogue.languages().get(0).getId());
        plan.setLeadTrainerId(an);
        plan.getAssistantIds().add(binh);
        TrainingSession held = planning.plan(commune, plan);
        TrainingSession notHeld = planning.plan(commune, plan(plan, month.atDay(11)));
        TrainingResult result = new TrainingResult();
        result.setParticipants(20);
        result.setMale(10);
        result.setFemale(10);
        result.setUnder16(0);
        result.setAge16to59(20);
        result.setAge60plus(0);
        result.setEthnicMinority(4);
        result.setVneidActivated(5);
        result.setDossiersFiled(2);
        result.setEpaymentOpened(1);
        results.record(held.getId(), result);
        after(month);

        StatementView v = compute(month);

        assertEquals(100_000, sum(v, AllowanceComponent.TRAINING_LEAD), "a session without a result pays nothing");
        assertEquals(50_000, sum(v, AllowanceComponent.TRAINING_ASSISTANT));
        assertEquals(held.getId(), v.lines().get(0).trainingId());
        statements.submit(v.id(), v.version());
        assertEquals("allowance.month.locked", assertThrows(InvalidInputException.class,
                () -> results.record(notHeld.getId(), result)).getMessageKey());
    }

    /** The same plan on another day. */
    private static TrainingPlan plan(TrainingPlan p, LocalDate day) {
        TrainingPlan copy = new TrainingPlan();
        copy.setPlace(p.getPlace());
        copy.setDate(day);
        copy.setStartTime(p.getStartTime());
        copy.setEndTime(p.getEndTime());
        copy.getTopicIds().addAll(p.getTopicIds());
        copy.getGroupIds().addAll(p.getGroupIds());
        copy.getLanguageIds().addAll(p.getLanguageIds());
        copy.setLeadTrainerId(p.getLeadTrainerId());
        copy.getAssistantIds().addAll(p.getAssistantIds());
        return copy;
    }

    @Test
    void capsApply() {
        setUp();
        YearMonth month = freeMonth();
        policy(month.atDay(1), month.atEndOfMonth(), f -> {
            f.setDutySession(50_000L);
            f.setMemberMonthCap(100_000L);
        });
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        after(month);
        for (int day = 2; day <= 4; day++) {
            shift(month.atDay(day), Presence.PRESENT, an);
        }

        StatementView v = compute(month);

        assertEquals(150_000, sum(v, AllowanceComponent.DUTY_SESSION));
        assertEquals(-50_000, sum(v, AllowanceComponent.MEMBER_CAP));
        assertEquals(100_000, v.total());
    }

    @Test
    void thePaymentSheetsTotalIsTheSumOfItsLinesInFiguresAndInWords() throws IOException {
        setUp();
        YearMonth month = freeMonth();
        policy(month.atDay(1), month.atEndOfMonth(), f -> {
            f.setDutySession(125_000L);
            f.setMemberMonthCap(400_000L);
        });
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        after(month);
        for (int day = 2; day <= 4; day++) {
            shift(month.atDay(day), Presence.PRESENT, an, binh);
        }
        shift(month.atDay(5), Presence.PRESENT, an);
        StatementView v = compute(month);
        assertEquals(-100_000, sum(v, AllowanceComponent.MEMBER_CAP), "a negative column too");

        actAs(coordinator);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                sheets.commune(commune, month, Messages.VIETNAMESE)))) {
            Sheet sheet = wb.getSheetAt(0);
            int head = 0;
            while (!"STT".equals(text(sheet.getRow(head), 0)) && head < sheet.getLastRowNum()) {
                head++;
            }
            Row header = sheet.getRow(head);
            int total = header.getLastCellNum() - 2;
            assertEquals("Tổng số tiền (đồng)", text(header, total));
            assertEquals("Ký nhận", text(header, total + 1));
            long sumOfLines = 0;
            int r = head + 1;
            for (; !"Tổng cộng".equals(text(sheet.getRow(r), 1)) && r < sheet.getLastRowNum(); r++) {
                assertEquals(Integer.toString(r - head), text(sheet.getRow(r), 0));
                sumOfLines += amount(sheet.getRow(r).getCell(total));
            }
            assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình"), List.of(text(sheet.getRow(head + 1), 1),
                    text(sheet.getRow(head + 2), 1)));
            assertEquals("4", text(sheet.getRow(head + 1), 3), "sessions attended");
            assertEquals(v.total(), sumOfLines);
            Cell grandTotal = sheet.getRow(r).getCell(total);
            assertEquals(CellType.FORMULA, grandTotal.getCellType(), "the total adds up the rows above it");
            assertEquals("SUM(" + new CellReference(head + 1, total).formatAsString(false) + ":"
                    + new CellReference(r - 1, total).formatAsString(false) + ")", grandTotal.getCellFormula());
            assertEquals(v.total(), amount(grandTotal));
            assertEquals(v.total(), (long) wb.getCreationHelper().createFormulaEvaluator().evaluate(grandTotal)
                    .getNumberValue(), "what the spreadsheet computes");
            assertEquals(Money.SHEET_FORMAT, grandTotal.getCellStyle().getDataFormatString());
            assertEquals("775.000", text(sheet.getRow(r), total));
            String inWords = text(sheet.getRow(r + 2), 0);
            assertTrue(inWords.contains("Bảy trăm bảy mươi lăm nghìn đồng"), inWords);
            PrintedSheets.assertPrintsOnA4(sheet, true, head);
        }

        actAs(fixtures.account(Role.VIEWER, null));
        assertThrows(AccessDeniedException.class, () -> sheets.commune(commune, month, Messages.VIETNAMESE));
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, fixtures.commune(COMMUNES.get(COMMUNES.size() - 1))));
        assertThrows(AccessDeniedException.class, () -> sheets.commune(commune, month, Messages.VIETNAMESE));
        actAs(province);
        assertEquals("allowance.sheet.none", assertThrows(InvalidInputException.class,
                () -> sheets.commune(commune, month.minusMonths(1), Messages.VIETNAMESE)).getMessageKey());
    }

    @Test
    void theProvinceComputesEveryOpenCommuneAtOnceAndItsSheetAddsUp() throws IOException {
        setUp();
        YearMonth month = freeMonth();
        policy(month.atDay(1), month.atEndOfMonth(), f -> f.setDutySession(60_000L));
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long first = commune;
        String firstCoordinator = coordinator;
        Long second = fixtures.commune(COMMUNES.get(NEXT_COMMUNE.getAndIncrement()));
        commune = second;
        coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        after(month);
        shift(month.atDay(6), Presence.PRESENT, binh);
        StatementView submitted = compute(month);
        statements.submit(submitted.id(), submitted.version());
        commune = first;
        coordinator = firstCoordinator;
        shift(month.atDay(6), Presence.PRESENT, an);
        shift(month.atDay(7), Presence.PRESENT, an);

        actAs(province);
        ProvinceMonth pm = statements.computeProvince(month);

        assertTrue(pm.rows().size() > 100, "every commune of the province has a row");
        assertTrue(pm.rows().stream().allMatch(r -> r.state() != null), "every commune's month is computed");
        ProvinceMonth.Row open = pm.rows().stream().filter(r -> r.communeId().equals(first)).findFirst().orElseThrow();
        assertEquals(StatementState.OPEN, open.state());
        assertEquals(120_000, open.total());
        assertEquals(1, open.members());
        ProvinceMonth.Row kept = pm.rows().stream().filter(r -> r.communeId().equals(second)).findFirst().orElseThrow();
        assertEquals(StatementState.SUBMITTED, kept.state(), "a submitted month stays as it is");
        assertEquals(60_000, kept.total());
        assertEquals(180_000, pm.total());
        assertEquals(0, pm.settledTotal());
        actAs(coordinator);
        StatementView seen = statements.find(first, month).orElseThrow();
        assertEquals(open.total(), seen.total(), "the commune sees the same");
        actAs(province);
        statements.computeProvince(month);
        actAs(coordinator);
        assertEquals(seen.lines(), statements.find(first, month).orElseThrow().lines(),
                "recomputed unchanged, the lines stay as they were, ids and all");

        assertThrows(AccessDeniedException.class, () -> sheets.province(month, Messages.VIETNAMESE));
        actAs(province);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheets.province(month, Messages.VIETNAMESE)))) {
            Sheet summary = wb.getSheet("Tổng hợp");
            int r = 0;
            while (!"Tổng cộng".equals(text(summary.getRow(r), 1)) && r < summary.getLastRowNum()) {
                r++;
            }
            int total = summary.getRow(r).getLastCellNum() - 1;
            assertEquals("180.000", text(summary.getRow(r), total));
            assertEquals(CellType.FORMULA, summary.getRow(r).getCell(total).getCellType());
            Sheet detail = wb.getSheet("Chi tiết");
            List<String> names = new ArrayList<>();
            long sumOfMembers = 0;
            for (int i = 0; i <= detail.getLastRowNum(); i++) {
                String name = text(detail.getRow(i), 2);
                if (name.equals("Nguyễn Văn An") || name.equals("Trần Thị Bình")) {
                    names.add(name);
                    sumOfMembers += amount(detail.getRow(i).getCell(detail.getRow(i).getLastCellNum() - 2));
                }
            }
            assertEquals(Set.of("Nguyễn Văn An", "Trần Thị Bình"), Set.copyOf(names));
            assertEquals(180_000, sumOfMembers);
        }

        actAs(fixtures.account(Role.VIEWER, null));
        assertEquals(180_000, statements.province(month).total(), "viewers read the province's month");
        assertThrows(AccessDeniedException.class, () -> statements.computeProvince(month));
        assertThrows(AccessDeniedException.class, () -> sheets.province(month, Messages.VIETNAMESE));
        actAs(coordinator);
        assertThrows(AccessDeniedException.class, () -> statements.province(month));
        assertThrows(AccessDeniedException.class, () -> statements.computeProvince(month));
    }

    /** A cell as a Vietnamese spreadsheet shows it (a formula by its stored result). */
    private static String text(Row row, int column) {
        DataFormatter shown = new DataFormatter(Messages.VIETNAMESE);
        shown.setUseCachedValuesForFormulaCells(true);
        return row == null || row.getCell(column) == null ? "" : shown.formatCellValue(row.getCell(column));
    }

    /** An amount: a number (a formula's stored result), never text. */
    private static long amount(Cell cell) {
        assertTrue(cell.getCellType() == CellType.NUMERIC || cell.getCachedFormulaResultType() == CellType.NUMERIC,
                () -> cell.getAddress() + " is a number");
        return (long) cell.getNumericCellValue();
    }

    @Test
    void aSubmittedMonthRefusesAnAttendanceCorrectionUntilTheProvinceGivesItBack() {
        setUp();
        YearMonth month = freeMonth();
        policy(month.atDay(1), month.atEndOfMonth(), f -> f.setDutySession(50_000L));
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        after(month);
        Long shift = shift(month.atDay(6), Presence.PRESENT, an);
        StatementView open = compute(month);

        StatementView submitted = statements.submit(open.id(), open.version());
        assertEquals(StatementState.SUBMITTED, submitted.state());
        InvalidInputException locked = assertThrows(InvalidInputException.class,
                () -> attendance.correct(fixtures.assignment(shift, an), Presence.ABSENT, "Nhầm"));
        assertEquals("allowance.month.locked", locked.getMessageKey());
        assertEquals(month.format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")), locked.getArguments()[0]);
        assertFalse(fixtures.notifications(province, NotificationKind.ALLOWANCE_SUBMITTED).isEmpty(),
                "the province hears of the submission");

        actAs(province);
        assertEquals("allowance.statement.reason.required", assertThrows(InvalidInputException.class,
                () -> statements.giveBack(submitted.id(), submitted.version(), " ")).getMessageKey());
        StatementView back = statements.giveBack(submitted.id(), submitted.version(), "Sai điểm danh ngày 06");
        assertEquals(StatementState.OPEN, back.state());
        assertEquals("Sai điểm danh ngày 06", back.returnedReason());
        actAs(coordinator);
        attendance.correct(fixtures.assignment(shift, an), Presence.ABSENT, "Nhầm, thực tế vắng");
        assertEquals(0, compute(month).total());
        assertEquals("allowance.statement.empty", assertThrows(InvalidInputException.class,
                () -> statements.submit(back.id(), compute(month).version())).getMessageKey());
        assertTrue(fixtures.auditCount("AllowanceStatement", back.id(), "UPDATE") >= 4);
    }

    @Test
    void aMonthSubmittedBeforeItEndsLocksItsShiftsAndOnlyAnApprovedMonthIsPaid() {
        setUp();
        YearMonth month = freeMonth();
        policy(month.atDay(1), month.atEndOfMonth(), f -> f.setDutySession(50_000L));
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        TestClock.setNow(month.atDay(10), LocalTime.of(8, 0));
        shift(month.atDay(5), Presence.PRESENT, an);
        Long later = fixtures.shiftAt(commune, month.atDay(20), MORNING, NOON, an);
        StatementView open = compute(month);
        StatementView submitted = statements.submit(open.id(), open.version());

        assertEquals("allowance.month.locked", assertThrows(InvalidInputException.class,
                () -> shifts.unassign(later, an)).getMessageKey());
        actAs(province);
        assertEquals("allowance.statement.notApproved", assertThrows(InvalidInputException.class,
                () -> statements.recordPayment(submitted.id(), submitted.version(), month.atDay(10), "PC-1"))
                .getMessageKey());
    }

    @Test
    void aCorrectionAfterApprovalBecomesAnAdjustmentInTheNextMonth() {
        setUp();
        YearMonth month = freeMonth();
        YearMonth next = month.plusMonths(1);
        policy(month.atDay(1), next.atEndOfMonth(), f -> f.setDutySession(50_000L));
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        String member = fixtures.account(Role.MEMBER, commune, an);
        after(month);
        Long shift = shift(month.atDay(12), Presence.PRESENT, an);
        StatementView open = compute(month);
        StatementView submitted = statements.submit(open.id(), open.version());
        actAs(province);
        StatementView approved = statements.approve(submitted.id(), submitted.version());
        assertEquals(StatementState.APPROVED, approved.state());
        assertFalse(fixtures.notifications(coordinator, NotificationKind.ALLOWANCE_APPROVED).isEmpty());
        Long original = approved.lines().get(0).id();

        after(next);
        actAs(coordinator);
        attendance.correct(fixtures.assignment(shift, an), Presence.ABSENT, "Thanh tra phát hiện vắng");
        StatementView nextMonth = compute(next);

        assertEquals(1, nextMonth.lines().size());
        StatementView.Line adjustment = nextMonth.lines().get(0);
        assertTrue(adjustment.adjustment());
        assertEquals(-50_000, adjustment.amount());
        assertEquals(original, adjustment.adjustsLineId());
        assertEquals(month.atDay(12), adjustment.date());
        assertEquals(50_000, statements.find(commune, month).orElseThrow().total(), "the approved month never changes");
        assertEquals(StatementState.APPROVED, statements.find(commune, month).orElseThrow().state());

        actAs(province);
        assertEquals("allowance.statement.notSubmitted", assertThrows(InvalidInputException.class,
                () -> statements.giveBack(approved.id(), approved.version(), "Mở lại")).getMessageKey(),
                "an approved month never reopens");
        StatementView paid = statements.recordPayment(approved.id(), approved.version(), next.plusMonths(1).atDay(1),
                "PC-0042");
        assertEquals(StatementState.PAID, paid.state());
        assertFalse(fixtures.notifications(member, NotificationKind.ALLOWANCE_PAID).isEmpty(),
                "the member hears of their amount");
    }

    @Test
    void theUniqueKeyStopsDoublePaymentEvenWhenTwoComputationsRace() throws Exception {
        setUp();
        YearMonth month = freeMonth();
        policy(month.atDay(1), month.atEndOfMonth(), f -> f.setDutySession(50_000L));
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        after(month);
        for (int day = 2; day <= 6; day++) {
            shift(month.atDay(day), Presence.PRESENT, an, binh);
        }
        String second = fixtures.account(Role.COMMUNE_COORDINATOR, commune);

        List<String> outcomes = race(List.of(coordinator, second, coordinator, second),
                () -> statements.compute(commune, month).total() + "");

        assertTrue(outcomes.contains("500000"), outcomes.toString());
        outcomes.forEach(o -> assertTrue(Set.of("500000", "allowance.statement.busy", "error.concurrentChange")
                .contains(o), outcomes.toString()));
        StatementView v = compute(month);
        assertEquals(10, v.lines().size());
        assertEquals(500_000, v.total());

        YearMonth other = freeMonth();
        policy(other.atDay(1), other.atEndOfMonth(), f -> f.setDutySession(50_000L));
        shift(other.atDay(3), Presence.PRESENT, an);
        after(other);
        StatementView otherMonth = compute(other);
        EJBException refused = assertThrows(EJBException.class,
                () -> fixtures.copyAllowanceLine(v.lines().get(0).id(), otherMonth.id()));
        assertNotNull(refused);
    }

    @Test
    void twoProvinceCoordinatorsApprovingAtOnceOneWins() throws Exception {
        setUp();
        YearMonth month = freeMonth();
        policy(month.atDay(1), month.atEndOfMonth(), f -> f.setDutySession(50_000L));
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        after(month);
        shift(month.atDay(8), Presence.PRESENT, an);
        StatementView open = compute(month);
        StatementView submitted = statements.submit(open.id(), open.version());
        String otherProvince = fixtures.account(Role.PROVINCE_COORDINATOR, null);

        List<String> outcomes = race(List.of(province, otherProvince),
                () -> statements.approve(submitted.id(), submitted.version()).state().name());

        assertEquals(1, outcomes.stream().filter("APPROVED"::equals).count(), outcomes.toString());
        assertEquals(1, outcomes.stream().filter(o -> o.equals("error.concurrentChange")
                || o.equals("allowance.statement.notSubmitted") || o.equals("allowance.statement.busy")).count(),
                outcomes.toString());
    }

    @Test
    void coordinatorsStayInTheirScopeAndOnlyTheProvinceApproves() {
        setUp();
        YearMonth month = freeMonth();
        policy(month.atDay(1), month.atEndOfMonth(), f -> f.setDutySession(50_000L));
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        after(month);
        shift(month.atDay(9), Presence.PRESENT, an);
        StatementView open = compute(month);
        Long elsewhere = fixtures.commune(COMMUNES.get(COMMUNES.size() - 1));
        String foreign = fixtures.account(Role.COMMUNE_COORDINATOR, elsewhere);

        actAs(foreign);
        assertThrows(AccessDeniedException.class, () -> statements.submit(open.id(), open.version()));
        assertThrows(AccessDeniedException.class, () -> statements.compute(commune, month));
        actAs(province);
        assertThrows(AccessDeniedException.class, () -> statements.submit(open.id(), open.version()),
                "the commune submits, not the province");
        actAs(coordinator);
        StatementView submitted = statements.submit(open.id(), open.version());
        assertThrows(AccessDeniedException.class, () -> statements.approve(submitted.id(), submitted.version()));
        assertThrows(AccessDeniedException.class, () -> policies.create(null, form(month.atDay(1), null,
                f -> f.setDutySession(1L))));
        actAs(fixtures.account(Role.VIEWER, null));
        assertEquals(StatementState.SUBMITTED, statements.find(commune, month).orElseThrow().state());
        actAs(coordinator);
        assertEquals("allowance.month.future", assertThrows(InvalidInputException.class,
                () -> statements.compute(commune, month.plusMonths(2))).getMessageKey());
    }

    @Test
    void policiesRefuseOverlapsNegativeRatesAndChangesOnceAnApprovedMonthUsedThem() {
        setUp();
        YearMonth month = freeMonth();
        AllowancePolicy p = policy(month.atDay(1), month.atEndOfMonth(), f -> f.setDutySession(50_000L));
        actAs(province);
        assertEquals("allowance.policy.overlap", assertThrows(InvalidInputException.class,
                () -> policies.create(null, form(month.atDay(20), null, f -> f.setDutySession(1L)))).getMessageKey());
        assertEquals("allowance.rate.negative", assertThrows(InvalidInputException.class,
                () -> policies.create(null, form(month.plusMonths(1).atDay(1), month.plusMonths(1).atEndOfMonth(),
                        f -> f.setDutySession(-1L)))).getMessageKey());
        AllowancePolicy topUp = policies.create(commune, form(month.atDay(1), month.atEndOfMonth(),
                f -> f.setDutySession(10_000L)));
        assertEquals(FundingSource.COMMUNE, topUp.getFunding(), "a commune top-up may run beside the province's");

        Long an = fixtures.member(commune, "Nguyễn Văn An");
        after(month);
        shift(month.atDay(14), Presence.PRESENT, an);
        StatementView open = compute(month);
        assertEquals(50_000, open.byFunding().get(FundingSource.PROVINCE));
        assertEquals(10_000, open.byFunding().get(FundingSource.COMMUNE));
        StatementView submitted = statements.submit(open.id(), open.version());
        actAs(province);
        AllowancePolicy edited = policies.update(p.getId(), p.getVersion(), p.toForm());
        statements.approve(submitted.id(), submitted.version());
        PolicyForm change = edited.toForm();
        change.setDutySession(60_000L);
        assertEquals("allowance.policy.used", assertThrows(InvalidInputException.class,
                () -> policies.update(edited.getId(), edited.getVersion(), change)).getMessageKey());
    }

    @Test
    void aUsedVersionRefusesEditsAndANewVersionFromItEndsItTheDayBefore() {
        setUp();
        YearMonth month = freeMonth();
        YearMonth next = month.plusMonths(1);
        AllowancePolicy open = policy(month.atDay(1), null, f -> f.setDutySession(50_000L));
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        after(month);
        shift(month.atDay(14), Presence.PRESENT, an);
        StatementView computed = compute(month);
        StatementView submitted = statements.submit(computed.id(), computed.version());
        actAs(province);
        statements.approve(submitted.id(), submitted.version());
        assertTrue(policies.used(null).contains(open.getId()), "the page shows it read-only");
        PolicyForm change = open.toForm();
        change.setDutySession(60_000L);
        assertEquals("allowance.policy.used", assertThrows(InvalidInputException.class,
                () -> policies.update(open.getId(), open.getVersion(), change)).getMessageKey());

        PolicyForm tooEarly = open.successorForm(month.atDay(9));
        assertEquals(month.atDay(10), tooEarly.getValidFrom());
        tooEarly.setValidTo(next.atEndOfMonth());
        assertEquals("allowance.policy.successor.tooEarly", assertThrows(InvalidInputException.class,
                () -> policies.createSuccessor(open.getId(), open.getVersion(), tooEarly)).getMessageKey(),
                "the approved month paid the 14th by this version");

        PolicyForm successor = open.successorForm(next.atDay(3));
        assertEquals(next.atDay(4), successor.getValidFrom(), "from tomorrow");
        assertEquals(50_000L, successor.getDutySession(), "the same rates to start from");
        successor.setValidTo(next.atEndOfMonth());
        successor.setDutySession(60_000L);
        successor.setBasisNumber("100/" + next.getYear() + "/NQ-HĐND");
        AllowancePolicy created = policies.createSuccessor(open.getId(), open.getVersion(), successor);

        List<AllowancePolicy> versions = policies.versions(null);
        AllowancePolicy ended = versions.stream().filter(v -> v.getId().equals(open.getId())).findFirst().orElseThrow();
        assertEquals(next.atDay(3), ended.getValidTo(), "the original ends the day before");
        assertEquals(50_000L, ended.toForm().getDutySession(), "and keeps its rates");
        assertTrue(versions.stream().anyMatch(v -> v.getId().equals(created.getId())
                && v.getValidFrom().equals(next.atDay(4)) && v.toForm().getDutySession() == 60_000L));
        assertEquals(50_000, statements.find(commune, month).orElseThrow().total(), "the approved month never changes");
        assertEquals("allowance.policy.overlap", assertThrows(InvalidInputException.class,
                () -> policies.create(null, form(next.atDay(10), next.atDay(12), f -> f.setDutySession(1L))))
                .getMessageKey());
        assertEquals("allowance.rate.negative", assertThrows(InvalidInputException.class,
                () -> policies.createSuccessor(created.getId(), created.getVersion(), form(next.plusMonths(1).atDay(1),
                        next.plusMonths(1).atEndOfMonth(), f -> f.setTrainingLead(-5L)))).getMessageKey());
        assertEquals(1, fixtures.auditCount("AllowancePolicy", created.getId(), "CREATE"));
    }

    @Test
    void theProvinceSetsTheBudgetAndAnApprovalBeyondItIsWarnedButAllowed() {
        setUp();
        int year = freeMonth().getYear() + 1;
        YearMonth december = YearMonth.of(year - 1, 12);
        YearMonth january = YearMonth.of(year, 1);
        YearMonth february = YearMonth.of(year, 2);
        YearMonth march = YearMonth.of(year, 3);
        policy(december.atDay(1), march.atEndOfMonth(), f -> f.setDutySession(50_000L));
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        after(march);
        shift(december.atDay(5), Presence.PRESENT, an);
        shift(january.atDay(5), Presence.PRESENT, an);
        shift(february.atDay(5), Presence.PRESENT, an);
        shift(february.atDay(6), Presence.PRESENT, an);
        shift(march.atDay(5), Presence.PRESENT, an);
        approve(december);
        StatementView paid = approve(january);
        actAs(province);
        statements.recordPayment(paid.id(), paid.version(), march.plusMonths(1).atDay(3), "PC-01");
        StatementView feb = compute(february);
        StatementView submitted = statements.submit(feb.id(), feb.version());
        compute(march);

        assertThrows(AccessDeniedException.class, () -> budgets.set(commune, year, 120_000L, null),
                "the commune does not set its own budget");
        actAs(province);
        assertEquals("allowance.budget.amount.invalid", assertThrows(InvalidInputException.class,
                () -> budgets.set(commune, year, -1L, null)).getMessageKey());
        BudgetStanding set = budgets.set(commune, year, 100_000L, null);
        assertEquals(100_000L, set.budget());
        assertEquals("error.concurrentChange", assertThrows(BusinessException.class,
                () -> budgets.set(commune, year, 110_000L, null)).getMessageKey(), "somebody set it meanwhile");
        budgets.set(commune, year, 120_000L, set.budgetVersion());

        actAs(coordinator);
        BudgetStanding standing = budgets.standing(commune, year);
        assertEquals(120_000L, standing.budget());
        assertEquals(50_000, standing.approved(), "January (paid) only: not December of the year before, "
                + "not February (submitted) nor March (open)");
        assertFalse(standing.exceeds());

        actAs(province);
        BudgetStanding ifApproved = budgets.ifApproved(submitted.id());
        assertEquals(List.of(120_000L, 50_000L, 100_000L, 150_000L, 30_000L), List.of(ifApproved.budget(),
                ifApproved.approved(), ifApproved.pending(), ifApproved.afterApproval(), ifApproved.excess()));
        assertTrue(ifApproved.exceeds(), "the approver is warned");
        assertEquals(StatementState.APPROVED, statements.approve(submitted.id(), submitted.version()).state(),
                "and may still approve");
        actAs(fixtures.account(Role.VIEWER, null));
        assertEquals(150_000, budgets.standing(commune, year).approved());
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, fixtures.commune(COMMUNES.get(COMMUNES.size() - 1))));
        assertThrows(AccessDeniedException.class, () -> budgets.standing(commune, year));
    }

    /** Computes, submits (the commune) and approves (the province) a month. */
    private StatementView approve(YearMonth month) {
        StatementView open = compute(month);
        StatementView submitted = statements.submit(open.id(), open.version());
        actAs(province);
        return statements.approve(submitted.id(), submitted.version());
    }

    @Test
    void paymentIsRecordedForAnApprovedMonthOnADayNotInTheFuture() {
        setUp();
        YearMonth month = freeMonth();
        policy(month.atDay(1), month.atEndOfMonth(), f -> f.setDutySession(50_000L));
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        after(month);
        shift(month.atDay(7), Presence.PRESENT, an);
        StatementView open = compute(month);
        actAs(province);
        assertEquals("allowance.statement.notApproved", assertThrows(InvalidInputException.class,
                () -> statements.recordPayment(open.id(), open.version(), month.plusMonths(1).atDay(3), "PC-7"))
                .getMessageKey(), "an open month is not paid");
        actAs(coordinator);
        StatementView approved = approve(month);
        LocalDate today = month.plusMonths(1).atDay(3);

        actAs(coordinator);
        assertThrows(AccessDeniedException.class,
                () -> statements.recordPayment(approved.id(), approved.version(), today, "PC-7"));
        actAs(province);
        assertEquals("allowance.statement.paidOn.invalid", assertThrows(InvalidInputException.class,
                () -> statements.recordPayment(approved.id(), approved.version(), today.plusDays(1), "PC-7"))
                .getMessageKey(), "not in the future");
        assertEquals("allowance.statement.reference.invalid", assertThrows(InvalidInputException.class,
                () -> statements.recordPayment(approved.id(), approved.version(), today, " ")).getMessageKey());
        InvalidInputException both = assertThrows(InvalidInputException.class,
                () -> statements.recordPayment(approved.id(), approved.version(), null, ""));
        assertEquals(List.of("paidOn allowance.statement.paidOn.required",
                "paymentReference allowance.statement.reference.invalid"), both.getProblems().stream()
                .map(p -> p.field() + " " + p.messageKey()).toList(), "every problem at once, next to its field");
        StatementView paid = statements.recordPayment(approved.id(), approved.version(), today, "PC-7");

        StatementView read = statements.find(commune, month).orElseThrow();
        assertEquals(StatementState.PAID, read.state());
        assertEquals(today, read.paidOn());
        assertEquals("PC-7", read.paymentReference());
        assertEquals("allowance.statement.notApproved", assertThrows(InvalidInputException.class,
                () -> statements.recordPayment(paid.id(), paid.version(), today, "PC-8")).getMessageKey(),
                "never paid twice");
    }

    /** Runs the same call as several accounts at once; each outcome is its result or the message key it got. */
    private List<String> race(List<String> accounts, Callable<String> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (String account : accounts) {
            results.add(executor.submit(() -> {
                ActingCaller.actAs(account);
                try {
                    start.await();
                    return call.call();
                } catch (BusinessException e) {
                    return e.getMessageKey();
                } finally {
                    ActingCaller.clear();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
