package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.PageRequest;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.roster.CatalogueService;
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;
import vn.cdtt.training.EvidenceKind;
import vn.cdtt.training.TargetGroup;
import vn.cdtt.training.TargetMetric;
import vn.cdtt.training.TrainingFilter;
import vn.cdtt.training.TrainingPlan;
import vn.cdtt.training.TrainingReport;
import vn.cdtt.training.TrainingReportService;
import vn.cdtt.training.TrainingResult;
import vn.cdtt.training.TrainingEvidence;
import vn.cdtt.training.TrainingPlanning;
import vn.cdtt.training.TrainingResults;
import vn.cdtt.training.TrainingSchedule;
import vn.cdtt.training.TrainingSession;
import vn.cdtt.training.TrainingStatus;
import vn.cdtt.training.TrainingTopic;

/** Training sessions: planned in scope, trainers never in two places, results consistent, evidence checked. */
class TrainingIT extends IntegrationTest {

    private static final String IA_PA = "24022";
    private static final String DAK_PO = "23995";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Inject
    TrainingPlanning planning;

    @Inject
    TrainingSchedule schedule;

    @Inject
    TrainingResults results;

    @Inject
    TrainingEvidence evidence;

    @Inject
    TrainingReportService reports;

    @Inject
    CatalogueService catalogue;

    @Inject
    ShiftService shifts;

    @Inject
    vn.cdtt.duty.CalendarFeed calendar;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private TrainingPlan plan(LocalDate day, LocalTime start, LocalTime end, Long lead, Long... assistants) {
        TrainingPlan p = new TrainingPlan();
        p.setPlace("Nhà văn hoá thôn 3");
        p.setDate(day);
        p.setStartTime(start);
        p.setEndTime(end);
        p.setCapacity(30);
        p.getTopicIds().add(catalogue.list(TrainingTopic.class).get(0).getId());
        p.getGroupIds().add(catalogue.list(TargetGroup.class).get(0).getId());
        p.getLanguageIds().add(catalogue.languages().get(0).getId());
        p.setLeadTrainerId(lead);
        p.getAssistantIds().addAll(List.of(assistants));
        return p;
    }

    private static TrainingResult result(int participants, int male, int female, int under16, int adults, int older,
                                         int minority) {
        TrainingResult r = new TrainingResult();
        r.setParticipants(participants);
        r.setMale(male);
        r.setFemale(female);
        r.setUnder16(under16);
        r.setAge16to59(adults);
        r.setAge60plus(older);
        r.setEthnicMinority(minority);
        r.setVneidActivated(5);
        r.setDossiersFiled(2);
        r.setEpaymentOpened(1);
        return r;
    }

    @Test
    void aCoordinatorPlansASessionAndTheTrainersSeeIt() {
        Long commune = fixtures.commune(IA_PA);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        String anAccount = fixtures.account(Role.MEMBER, commune, an);
        String binhAccount = fixtures.account(Role.MEMBER, commune, binh);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        LocalDate day = VietnamTime.today().plusDays(3);

        TrainingSession s = planning.plan(commune, plan(day, LocalTime.of(8, 0), LocalTime.of(10, 30), an, binh));

        assertEquals(TrainingStatus.PLANNED, s.getStatus());
        assertTrue(schedule.between(commune, day, day).stream().anyMatch(t -> t.getId().equals(s.getId())));
        assertEquals(1, fixtures.auditCount("TrainingSession", s.getId(), "CREATE"));
        assertEquals(1, fixtures.notifications(binhAccount, NotificationKind.TRAINING_PLANNED).size());
        actAs(anAccount);
        assertTrue(schedule.mine().stream().anyMatch(t -> t.getId().equals(s.getId())));
        String feed = calendar.feed(calendar.myToken());
        assertTrue(feed.contains("UID:training-" + s.getId() + "-member-" + an + "@"), feed);
        assertTrue(feed.contains("SUMMARY:Tập huấn: "), feed);
        assertEquals(s.getId(), schedule.find(s.getId()).getId(), "a trainer opens their own session");
        assertThrows(AccessDeniedException.class, () -> schedule.search(new TrainingFilter(), PageRequest.of(0, 10)));
        actAs(binhAccount);
        assertTrue(schedule.mine().stream().anyMatch(t -> t.getId().equals(s.getId())), "the assistant sees it too");
    }

    @Test
    void aTrainerIsNeverOnADutyShiftAndInATrainingAtOnce() {
        Long commune = fixtures.commune(IA_PA);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        LocalDate monday = fixtures.nextMonday();
        shifts.generate(commune, monday, monday);
        Shift morning = shifts.week(commune, monday).stream().filter(x -> x.getPart() == SessionPart.MORNING)
                .findFirst().orElseThrow();
        shifts.assign(morning.getId(), an);

        InvalidInputException busy = assertThrows(InvalidInputException.class,
                () -> planning.plan(commune, plan(monday, LocalTime.of(9, 0), LocalTime.of(10, 0), binh, an)));
        assertEquals("training.trainer.busy", busy.getMessageKey());
        assertEquals("Nguyễn Văn An", busy.getArguments()[0]);
        assertTrue(schedule.between(commune, monday, monday).isEmpty(), "nothing stored");

        TrainingSession evening = planning.plan(commune, plan(monday, LocalTime.of(18, 30), LocalTime.of(20, 0), an));
        assertEquals(Set.of(SessionPart.EVENING), evening.parts(), "an evening class does not touch the shift");
        assertEquals("training.trainer.busy", assertThrows(InvalidInputException.class,
                () -> planning.plan(commune, plan(monday, LocalTime.of(19, 0), LocalTime.of(21, 0), an))).getMessageKey());
        TrainingSession afternoon = planning.plan(commune, plan(monday, LocalTime.of(14, 0), LocalTime.of(16, 0), binh));
        Shift afternoonShift = shifts.week(commune, monday).stream().filter(x -> x.getPart() == SessionPart.AFTERNOON)
                .findFirst().orElseThrow();
        assertEquals("shift.member.busy", assertThrows(InvalidInputException.class,
                () -> shifts.assign(afternoonShift.getId(), binh)).getMessageKey());

        planning.cancel(afternoon.getId(), "Trời mưa lớn");
        assertEquals(1, shifts.assign(afternoonShift.getId(), binh).getFilled(), "a cancelled training frees its trainers");
    }

    @Test
    void coordinatorsBookingTheSameTrainerAtOnceLeaveExactlyOneSession() throws Exception {
        Long commune = fixtures.commune(IA_PA);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        LocalDate day = fixtures.nextMonday().plusDays(2);
        List<String> coordinators = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            coordinators.add(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        }
        actAs(coordinators.get(0));
        TrainingPlan form = plan(day, LocalTime.of(8, 0), LocalTime.of(10, 0), an);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (String coordinator : coordinators) {
            results.add(executor.submit(() -> {
                vn.cdtt.it.support.ActingCaller.actAs(coordinator);
                try {
                    start.await();
                    planning.plan(commune, form);
                    return "won";
                } catch (vn.cdtt.common.BusinessException e) {
                    return e.getMessageKey();
                } finally {
                    vn.cdtt.it.support.ActingCaller.clear();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (var f : results) {
            outcomes.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }

        assertEquals(1, outcomes.stream().filter("won"::equals).count(), outcomes.toString());
        assertTrue(outcomes.stream().filter(o -> !o.equals("won")).allMatch("training.trainer.busy"::equals),
                outcomes.toString());
        assertEquals(1, schedule.between(commune, day, day).size());
    }

    @Test
    void coordinatorsPlanAndReadOnlyTheirCommuneAndViewersChangeNothing() {
        Long commune = fixtures.commune(IA_PA);
        Long other = fixtures.commune(DAK_PO);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long outsider = fixtures.member(other, "Đinh Văn Hùng");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, other));
        assertThrows(AccessDeniedException.class,
                () -> planning.plan(commune, plan(VietnamTime.today().plusDays(2), LocalTime.of(8, 0), LocalTime.of(9, 0), an)));
        TrainingFilter theirs = new TrainingFilter();
        theirs.setCommuneId(commune);
        assertThrows(AccessDeniedException.class, () -> schedule.search(theirs, PageRequest.of(0, 10)));
        assertThrows(AccessDeniedException.class, () -> reports.report(VietnamTime.today().getYear(), commune));

        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        assertEquals("shift.member.otherCommune", assertThrows(InvalidInputException.class, () -> planning.plan(commune,
                plan(VietnamTime.today().plusDays(2), LocalTime.of(8, 0), LocalTime.of(9, 0), outsider))).getMessageKey());
        TrainingSession s = planning.plan(commune, plan(VietnamTime.today().plusDays(2), LocalTime.of(8, 0),
                LocalTime.of(9, 0), an));

        actAs(fixtures.account(Role.VIEWER, null));
        assertEquals(s.getId(), schedule.find(s.getId()).getId());
        assertThrows(AccessDeniedException.class, () -> planning.cancel(s.getId(), "Không có lý do"));
    }

    @Test
    void aPlanBreakingRulesListsEveryProblemAndStoresNothing() {
        Long commune = fixtures.commune(IA_PA);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        TrainingPlan empty = new TrainingPlan();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> planning.plan(commune, empty));
        List<String> keys = e.getProblems().stream().map(InvalidInputException.Problem::messageKey).toList();
        assertTrue(keys.containsAll(List.of("training.place.required", "training.date.required", "training.topics.required",
                "training.lead.required")), keys.toString());
        assertEquals("training.hours.invalid", assertThrows(InvalidInputException.class, () -> planning.plan(commune,
                plan(VietnamTime.today().plusDays(1), LocalTime.of(10, 0), LocalTime.of(9, 0), an))).getMessageKey());
        assertEquals("training.cancel.reasonRequired", assertThrows(InvalidInputException.class, () -> planning.cancel(
                planning.plan(commune, plan(VietnamTime.today().plusDays(1), LocalTime.of(8, 0), LocalTime.of(9, 0), an))
                        .getId(), " ")).getMessageKey());
    }

    @Test
    void aResultIsRecordedOnlyAfterTheStartAndOnlyWhenTheCountsAddUp() {
        Long commune = fixtures.commune(IA_PA);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        TrainingSession future = planning.plan(commune, plan(VietnamTime.today().plusDays(4), LocalTime.of(8, 0),
                LocalTime.of(9, 0), an));
        assertEquals("training.notStarted", assertThrows(InvalidInputException.class,
                () -> results.record(future.getId(), result(20, 10, 10, 0, 20, 0, 3))).getMessageKey());

        TrainingSession held = planning.plan(commune, plan(VietnamTime.today().minusDays(2), LocalTime.of(8, 0),
                LocalTime.of(10, 0), binh));
        assertTrue(held.isToRecord(VietnamTime.now()), "a planned session in the past is to record");
        assertEquals("training.result.negative", assertThrows(InvalidInputException.class,
                () -> results.record(held.getId(), result(20, 10, 10, -1, 21, 0, 3))).getMessageKey());
        InvalidInputException sums = assertThrows(InvalidInputException.class,
                () -> results.record(held.getId(), result(20, 9, 10, 2, 10, 5, 25)));
        assertEquals(List.of("training.result.genderSum", "training.result.ageSum", "training.result.minorityTooMany"),
                sums.getProblems().stream().map(InvalidInputException.Problem::messageKey).toList());
        TrainingSession stillPlanned = schedule.find(held.getId());
        assertEquals(TrainingStatus.PLANNED, stillPlanned.getStatus());
        assertNull(stillPlanned.getResult(), "nothing stored from a refused result");

        TrainingSession recorded = results.record(held.getId(), result(20, 8, 12, 2, 10, 8, 6));
        assertEquals(TrainingStatus.HELD, recorded.getStatus());
        assertEquals(20, recorded.getResult().getParticipants());
        assertEquals("training.locked", assertThrows(InvalidInputException.class, () -> planning.update(held.getId(),
                recorded.getVersion(), planning.planOf(held.getId()))).getMessageKey());
    }

    @Test
    void evidenceIsCheckedBeforeAnythingIsStoredAndOnlyCoordinatorsDownloadIt() throws Exception {
        Long commune = fixtures.commune(IA_PA);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        TrainingSession s = planning.plan(commune, plan(VietnamTime.today().minusDays(1), LocalTime.of(8, 0),
                LocalTime.of(9, 0), an));

        assertEquals("evidence.type", assertThrows(InvalidInputException.class, () -> evidence.upload(s.getId(),
                EvidenceKind.PHOTO, "anh.png", "not really an image".getBytes())).getMessageKey());
        assertEquals("evidence.tooLarge", assertThrows(InvalidInputException.class, () -> evidence.upload(s.getId(),
                EvidenceKind.PHOTO, "anh.jpg", bigJpeg())).getMessageKey());
        assertTrue(evidence.of(s.getId()).isEmpty(), "nothing stored from refused files");

        var e = evidence.upload(s.getId(), EvidenceKind.ATTENDANCE_SHEET, "C:\\scans\\danh-sach.png", PNG);
        assertEquals("danh-sach.png", e.getFileName());
        assertEquals("image/png", e.getContentType());
        try (var file = evidence.download(e.getId()).content()) {
            assertArrayEquals(PNG, file.readAllBytes());
        }
        actAs(fixtures.account(Role.VIEWER, null));
        assertThrows(AccessDeniedException.class, () -> evidence.download(e.getId()));
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, fixtures.commune(DAK_PO)));
        assertThrows(AccessDeniedException.class, () -> evidence.download(e.getId()));
        assertThrows(AccessDeniedException.class, () -> evidence.upload(s.getId(), EvidenceKind.PHOTO, "x.png", PNG));
    }

    private static byte[] bigJpeg() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        return big;
    }

    @Test
    void theReportCountsHeldSessionsByCommuneTopicAndTargets() throws java.io.IOException {
        Long commune = fixtures.commune(IA_PA);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        LocalDate day = VietnamTime.today().minusDays(1);
        int year = day.getYear();
        TrainingReport before = reports.report(year, commune);
        TrainingSession s = planning.plan(commune, plan(day, LocalTime.of(13, 30), LocalTime.of(15, 0), an));
        results.record(s.getId(), result(17, 7, 10, 0, 12, 5, 9));
        planning.cancel(planning.plan(commune, plan(day.plusDays(5), LocalTime.of(8, 0), LocalTime.of(9, 0), an))
                .getId(), "Hoãn");

        TrainingReport after = reports.report(year, commune);
        assertEquals(before.totals().sessions() + 1, after.totals().sessions(), "cancelled and planned ones do not count");
        assertEquals(before.totals().participants() + 17, after.totals().participants());
        assertEquals(before.totals().ethnicMinority() + 9, after.totals().ethnicMinority());
        assertEquals(1, after.byCommune().size());
        String topic = catalogue.list(TrainingTopic.class).get(0).getNameVi();
        assertTrue(after.byTopic().stream().anyMatch(l -> l.labelVi().equals(topic) && l.participants() >= 17));
        assertTrue(after.byMonth().get(day.getMonthValue() - 1).participants() >= 17);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                reports.export(year, commune, java.util.Locale.forLanguageTag("vi"))))) {
            assertEquals(6, book.getNumberOfSheets(), "the totals and one sheet per view");
            for (var sheet : book) {
                vn.cdtt.it.support.PrintedSheets.assertPrintsOnA4(sheet, false, 0);
            }
        }

        assertThrows(AccessDeniedException.class, () -> reports.setTarget(year, TargetMetric.PEOPLE_TRAINED, 1000));
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        reports.setTarget(year, TargetMetric.PEOPLE_TRAINED, 1_000_000);
        TrainingReport province = reports.report(year, null);
        TrainingReport.Progress people = province.targets().stream()
                .filter(p -> p.metric() == TargetMetric.PEOPLE_TRAINED).findFirst().orElseThrow();
        assertEquals(province.totals().participants(), people.actual());
        assertEquals(1_000_000, people.target());
        assertTrue(catalogue.languages().stream().map(SpokenLanguage::getCode).anyMatch("khac"::equals));
    }
}
