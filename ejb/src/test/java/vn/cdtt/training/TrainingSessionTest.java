package vn.cdtt.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.InvalidInputException.Problem;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.Member;
import vn.cdtt.testing.FixedClock;
import vn.cdtt.testing.TestData;

/**
 * Planning a training session, cancelling it, and recording what it achieved: the rules {@link TrainingSession}
 * and {@link TrainingResult} guard themselves.
 */
class TrainingSessionTest {

    /** Saturday 12 December 2026, 08:00–11:00 in the communal house. */
    static final LocalDate SATURDAY = LocalDate.of(2026, 12, 12);
    static final LocalDateTime START = SATURDAY.atTime(8, 0);

    @RegisterExtension
    static final FixedClock CLOCK = FixedClock.at(LocalDateTime.of(2026, 12, 1, 9, 0));

    final LocalDateTime now = CLOCK.now();
    final Commune iaGrai = TestData.commune(TestData.province(52), 7, "Ia Grai");
    final Member lead = TestData.member(iaGrai, "Nguyễn Văn An");
    final Member assistant = TestData.member(iaGrai, "Rơ Châm H'Linh");

    static void refused(String key, Executable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action);
        assertEquals(key, e.getMessageKey());
    }

    static TrainingPlan form(LocalDate date, LocalTime start, LocalTime end) {
        TrainingPlan f = new TrainingPlan();
        f.setPlace("  Nhà rông   làng Dơr ");
        f.setDate(date);
        f.setStartTime(start);
        f.setEndTime(end);
        f.setCapacity(40);
        return f;
    }

    static TrainingPlan saturdayMorning() {
        return form(SATURDAY, LocalTime.of(8, 0), LocalTime.of(11, 0));
    }

    TrainingSession planned(TrainingPlan form) {
        TrainingSession t = new TrainingSession(iaGrai, "xa.demo", now);
        t.plan(form, lead, Set.of(assistant), Set.of(), Set.of(), Set.of(), now);
        return t;
    }

    /** A planned session as stored: with its id, so its plan is locked once it has started. */
    TrainingSession saved(TrainingPlan form) {
        return TestData.saved(planned(form), 99);
    }

    /** 25 participants: 12 men and 13 women; 5 under 16, 14 aged 16–59, 6 aged 60 and over; 20 from minorities. */
    static TrainingResult result() {
        TrainingResult r = new TrainingResult();
        r.setParticipants(25);
        r.setMale(12);
        r.setFemale(13);
        r.setUnder16(5);
        r.setAge16to59(14);
        r.setAge60plus(6);
        r.setEthnicMinority(20);
        r.setVneidActivated(9);
        r.setDossiersFiled(3);
        r.setEpaymentOpened(4);
        r.setNotes("Bà con hỏi nhiều về VNeID");
        return r;
    }

    static List<String> keys(InvalidInputException e) {
        return e.getProblems().stream().map(Problem::messageKey).toList();
    }

    // --- planning

    @Test
    void aCoordinatorPlansASessionWithALeadAndAnAssistant() {
        TrainingSession t = planned(saturdayMorning());

        assertEquals(TrainingStatus.PLANNED, t.getStatus());
        assertEquals("Nhà rông làng Dơr", t.getPlace());
        assertEquals(START, t.start());
        assertEquals(SATURDAY.atTime(11, 0), t.end());
        assertEquals(40, t.getCapacity());
        assertEquals(List.of(lead, assistant), t.trainers());
        assertEquals(52L, t.getProvinceId());
        assertFalse(t.isToRecord(now));
    }

    @Test
    void theHoursEndAfterTheyStart() {
        TrainingSession t = new TrainingSession(iaGrai, "xa.demo", now);

        refused("training.hours.invalid", () -> t.plan(form(SATURDAY, LocalTime.of(9, 0), LocalTime.of(9, 0)),
                lead, Set.of(), Set.of(), Set.of(), Set.of(), now));
        refused("training.hours.invalid", () -> t.plan(form(SATURDAY, LocalTime.of(14, 0), LocalTime.of(8, 0)),
                lead, Set.of(), Set.of(), Set.of(), Set.of(), now));
        assertNull(t.getDate());
    }

    @Test
    void theLeadTrainerIsNotAlsoAnAssistant() {
        TrainingSession t = new TrainingSession(iaGrai, "xa.demo", now);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.plan(saturdayMorning(), lead,
                Set.of(lead, assistant), Set.of(), Set.of(), Set.of(), now));
        assertEquals("training.lead.alsoAssistant", e.getMessageKey());
        assertEquals("Nguyễn Văn An", e.getArguments()[0]);
        assertNull(t.getLeadTrainer());
    }

    @Test
    void aSessionHeldUpTo31DaysAgoCanStillBeEntered() {
        TrainingSession t = planned(form(now.toLocalDate().minusDays(31), LocalTime.of(8, 0), LocalTime.of(11, 0)));

        assertTrue(t.isToRecord(now));
    }

    @Test
    void aSessionOlderThan31DaysIsRefused() {
        TrainingSession t = new TrainingSession(iaGrai, "xa.demo", now);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.plan(
                form(now.toLocalDate().minusDays(32), LocalTime.of(8, 0), LocalTime.of(11, 0)),
                lead, Set.of(), Set.of(), Set.of(), Set.of(), now));
        assertEquals("training.date.tooOld", e.getMessageKey());
        assertEquals(31, e.getArguments()[0]);
    }

    @Test
    void aPlannedSessionCanBeChangedUntilItStarts() {
        TrainingSession t = saved(saturdayMorning());

        t.plan(form(SATURDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)), lead, Set.of(), Set.of(), Set.of(),
                Set.of(), START.minusMinutes(1));

        assertEquals(LocalTime.of(14, 0), t.getStartTime());
        assertEquals(List.of(lead), t.trainers());
    }

    @Test
    void aStartedSessionsPlanIsLocked() {
        TrainingSession t = saved(saturdayMorning());

        refused("training.locked", () -> t.plan(form(SATURDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)), lead,
                Set.of(), Set.of(), Set.of(), Set.of(), START));
        assertEquals(LocalTime.of(8, 0), t.getStartTime());
    }

    @Test
    void aCancelledSessionsPlanIsLocked() {
        TrainingSession t = saved(saturdayMorning());
        t.cancel("Mưa bão", now);

        refused("training.locked", () -> t.plan(saturdayMorning(), lead, Set.of(), Set.of(), Set.of(), Set.of(), now));
    }

    @Test
    void trainersAreBusyForEveryPartOfTheDayTheHoursTouch() {
        assertEquals(EnumSet.of(SessionPart.MORNING), planned(saturdayMorning()).parts());
        assertEquals(EnumSet.of(SessionPart.EVENING),
                planned(form(SATURDAY, LocalTime.of(18, 0), LocalTime.of(20, 0))).parts());
        assertEquals(EnumSet.of(SessionPart.MORNING, SessionPart.AFTERNOON),
                planned(form(SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0))).parts());
        assertEquals(EnumSet.allOf(SessionPart.class),
                planned(form(SATURDAY, LocalTime.of(11, 0), LocalTime.of(18, 0))).parts());
    }

    // --- cancelling

    @Test
    void aPlannedSessionIsCancelledWithAReason() {
        TrainingSession t = planned(saturdayMorning());
        t.cancel("  Mưa bão,  đường   ngập ", now);

        assertEquals(TrainingStatus.CANCELLED, t.getStatus());
        assertEquals("Mưa bão, đường ngập", t.getCancelReason());
    }

    @Test
    void aCancellationNeedsAReasonOfAtMost300Characters() {
        TrainingSession t = planned(saturdayMorning());

        refused("training.cancel.reasonRequired", () -> t.cancel("  ", now));
        refused("training.cancel.reasonRequired", () -> t.cancel(null, now));
        refused("training.cancel.reasonTooLong", () -> t.cancel("x".repeat(301), now));
        assertEquals(TrainingStatus.PLANNED, t.getStatus());

        t.cancel("x".repeat(300), now);
        assertEquals(TrainingStatus.CANCELLED, t.getStatus());
    }

    @Test
    void onlyAPlannedSessionIsCancelled() {
        TrainingSession cancelled = planned(saturdayMorning());
        cancelled.cancel("Mưa bão", now);
        TrainingSession held = planned(saturdayMorning());
        held.record(result(), "xa.demo", START.plusHours(3));

        refused("training.notPlanned", () -> cancelled.cancel("Lần nữa", now));
        refused("training.notPlanned", () -> held.cancel("Nhầm", START.plusHours(4)));
        assertEquals("Mưa bão", cancelled.getCancelReason());
        assertEquals(TrainingStatus.HELD, held.getStatus());
    }

    // --- recording the result

    @Test
    void aResultIsRecordedOnceTheSessionHasStarted() {
        TrainingSession t = planned(saturdayMorning());
        assertTrue(t.isToRecord(START));

        t.record(result(), "xa.demo", START.plusHours(3));

        assertEquals(TrainingStatus.HELD, t.getStatus());
        assertEquals(25, t.getResult().getParticipants());
        assertEquals("xa.demo", t.getRecordedBy());
        assertEquals(START.plusHours(3), t.getRecordedAt());
        assertFalse(t.isToRecord(START.plusHours(3)));
    }

    @Test
    void noResultBeforeTheStart() {
        TrainingSession t = planned(saturdayMorning());

        refused("training.notStarted", () -> t.record(result(), "xa.demo", START.minusMinutes(1)));
        assertNull(t.getResult());
        assertEquals(TrainingStatus.PLANNED, t.getStatus());
    }

    @Test
    void noResultForACancelledSession() {
        TrainingSession t = planned(saturdayMorning());
        t.cancel("Mưa bão", now);

        refused("training.cancelled", () -> t.record(result(), "xa.demo", START.plusHours(3)));
        assertNull(t.getResult());
    }

    @Test
    void aRecordedResultCanBeCorrected() {
        TrainingSession t = planned(saturdayMorning());
        t.record(result(), "xa.demo", START.plusHours(3));

        TrainingResult corrected = result();
        corrected.setVneidActivated(11);
        t.record(corrected, "tinh.demo", START.plusDays(2));

        assertEquals(11, t.getResult().getVneidActivated());
        assertEquals("tinh.demo", t.getRecordedBy());
    }

    @Test
    void theStoredResultIsACopyOfTheForm() {
        TrainingSession t = planned(saturdayMorning());
        TrainingResult form = result();
        form.setNotes("  Bà con   hỏi nhiều ");
        t.record(form, "xa.demo", START.plusHours(3));

        form.setParticipants(999);

        assertEquals(25, t.getResult().getParticipants());
        assertEquals("Bà con hỏi nhiều", t.getResult().getNotes());
    }

    @Test
    void menAndWomenAddUpToTheParticipants() {
        TrainingResult r = result();
        r.setFemale(12);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> planned(saturdayMorning()).record(r, "xa.demo", START.plusHours(3)));
        assertEquals(List.of("training.result.genderSum"), keys(e));
        assertEquals("male", e.getProblems().get(0).field());
        assertEquals(25, e.getProblems().get(0).arguments()[0]);
    }

    @Test
    void theAgeBandsAddUpToTheParticipants() {
        TrainingResult r = result();
        r.setAge60plus(7);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> planned(saturdayMorning()).record(r, "xa.demo", START.plusHours(3)));
        assertEquals(List.of("training.result.ageSum"), keys(e));
        assertEquals("under16", e.getProblems().get(0).field());
    }

    @Test
    void minoritiesAreAPartOfTheParticipants() {
        TrainingResult all = result();
        all.setEthnicMinority(25);
        TrainingResult tooMany = result();
        tooMany.setEthnicMinority(26);

        assertEquals(List.of(), all.problems());
        assertEquals(List.of("training.result.minorityTooMany"),
                tooMany.problems().stream().map(Problem::messageKey).toList());
    }

    @Test
    void everySumThatDoesNotAddUpIsListedAndNothingIsStored() {
        TrainingSession t = planned(saturdayMorning());
        TrainingResult r = result();
        r.setParticipants(30);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> t.record(r, "xa.demo", START.plusHours(3)));
        assertEquals(List.of("training.result.genderSum", "training.result.ageSum"), keys(e));
        assertNull(t.getResult());
        assertEquals(TrainingStatus.PLANNED, t.getStatus());
    }

    @Test
    void everyCountIsRequiredAndNeverNegative() {
        TrainingResult r = result();
        r.setVneidActivated(null);
        r.setDossiersFiled(-1);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> planned(saturdayMorning()).record(r, "xa.demo", START.plusHours(3)));
        assertEquals(List.of("training.result.required", "training.result.negative"), keys(e));
        assertEquals("vneidActivated", e.getProblems().get(0).field());
        assertEquals("dossiersFiled", e.getProblems().get(1).field());
    }

    @Test
    void aCountAboveTenThousandIsRefused() {
        TrainingResult r = result();
        r.setEpaymentOpened(TrainingResult.MAX + 1);

        assertEquals(List.of("training.result.tooLarge"), r.problems().stream().map(Problem::messageKey).toList());
    }
}
