package vn.cdtt.autoroster;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cdtt.autoroster.PlanMember.DutyPreferences;
import vn.cdtt.commune.SessionPart;

/** Each rule of a roster: a case where it fires and one where it does not (Timefold's ConstraintVerifier). */
class RosterConstraintsTest {

    private static final long COMMUNE = 1L;
    private static final long OTHER = 2L;
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);

    private final ConstraintVerifier<RosterConstraints, RosterPlan> verifier =
            ConstraintVerifier.build(new RosterConstraints(), RosterPlan.class, Seat.class);

    private static PlanMember member(long id) {
        return new PlanMember(id, "M" + id, COMMUNE, true, true, Set.of("vi"), 0, null);
    }

    private static PlanShift shift(Long id, LocalDate day, SessionPart part) {
        return new PlanShift(id, 10L, "Một cửa", COMMUNE, day, part, 2, null);
    }

    private static Seat seat(PlanShift shift, PlanMember m) {
        return new Seat("s" + shift.getId() + "-" + m.getId(), shift, m, false);
    }

    @Test
    void aMemberOnTwoSeatsOfTheSameSessionBreaksAHardRule() {
        PlanMember a = member(1);
        PlanShift here = shift(1L, MONDAY, SessionPart.MORNING);
        PlanShift there = new PlanShift(2L, 11L, "Bưu điện", COMMUNE, MONDAY, SessionPart.MORNING, 2, null);
        PlanShift afternoon = shift(3L, MONDAY, SessionPart.AFTERNOON);
        verifier.verifyThat(RosterConstraints::oneDutyPerSession)
                .given(a, seat(here, a), seat(there, a)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::oneDutyPerSession)
                .given(a, seat(here, a), seat(afternoon, a)).penalizesBy(0);
    }

    @Test
    void aMemberBusyWithAnotherDutyOrUnavailableIsNotPlacedThen() {
        PlanMember a = member(1);
        PlanShift morning = shift(1L, MONDAY, SessionPart.MORNING);
        verifier.verifyThat(RosterConstraints::busyElsewhere)
                .given(a, seat(morning, a), new BusySlot(a, MONDAY, SessionPart.MORNING, false)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::busyElsewhere)
                .given(a, seat(morning, a), new BusySlot(a, MONDAY, SessionPart.AFTERNOON, false)).penalizesBy(0);
        // an existing assignment (pinned) is not the solver's doing
        verifier.verifyThat(RosterConstraints::busyElsewhere)
                .given(a, new Seat("p", morning, a, true), new BusySlot(a, MONDAY, SessionPart.MORNING, false))
                .penalizesBy(0);
    }

    @Test
    void onlyActiveMembersArePlanned() {
        PlanMember resting = new PlanMember(1L, "R", COMMUNE, false, true, Set.of(), 0, null);
        PlanShift morning = shift(1L, MONDAY, SessionPart.MORNING);
        verifier.verifyThat(RosterConstraints::notActive).given(resting, seat(morning, resting)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::notActive).given(member(2), seat(morning, member(2))).penalizesBy(0);
    }

    @Test
    void membersOfAnotherCommuneOnlyWhenTheRunAllowsThemAndThenAtACost() {
        PlanMember stranger = new PlanMember(1L, "S", OTHER, true, true, Set.of(), 0, null);
        PlanShift morning = shift(1L, MONDAY, SessionPart.MORNING);
        verifier.verifyThat(RosterConstraints::otherCommuneNotAllowed)
                .given(stranger, seat(morning, stranger), new PlanRules(5, false)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::otherCommuneNotAllowed)
                .given(stranger, seat(morning, stranger), new PlanRules(5, true)).penalizesBy(0);
        verifier.verifyThat(RosterConstraints::otherCommune)
                .given(stranger, seat(morning, stranger), new PlanRules(5, true)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::otherCommune)
                .given(member(2), seat(morning, member(2)), new PlanRules(5, true)).penalizesBy(0);
    }

    @Test
    void atMostNSessionsAWeekCountingShiftsOutsideThePlan() {
        PlanMember a = member(1);
        PlanRules rules = new PlanRules(2, false);
        Seat mon = seat(shift(1L, MONDAY, SessionPart.MORNING), a);
        Seat tue = seat(shift(2L, MONDAY.plusDays(1), SessionPart.MORNING), a);
        Seat nextWeek = seat(shift(3L, MONDAY.plusDays(7), SessionPart.MORNING), a);
        verifier.verifyThat(RosterConstraints::tooManySessions).given(a, rules, mon, tue, nextWeek).penalizesBy(0);
        verifier.verifyThat(RosterConstraints::tooManySessions)
                .given(a, rules, mon, tue, new BusySlot(a, MONDAY.plusDays(2), SessionPart.MORNING, true))
                .penalizesBy(1);
        // unavailability is not a session worked
        verifier.verifyThat(RosterConstraints::tooManySessions)
                .given(a, rules, mon, tue, new BusySlot(a, MONDAY.plusDays(2), SessionPart.MORNING, false))
                .penalizesBy(0);
    }

    @Test
    void anEmptySeatCostsAMediumPoint() {
        PlanShift morning = shift(1L, MONDAY, SessionPart.MORNING);
        verifier.verifyThat(RosterConstraints::emptySeat).given(Seat.open(morning, 0)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::emptySeat).given(member(1), seat(morning, member(1))).penalizesBy(0);
    }

    @Test
    void unevenLoadsCostMoreThanEvenOnes() {
        PlanMember a = member(1);
        PlanMember b = member(2);
        PlanShift mon = shift(1L, MONDAY, SessionPart.MORNING);
        PlanShift tue = shift(2L, MONDAY.plusDays(1), SessionPart.MORNING);
        // each alone in their group: the sum of squared loads, 2² + 0² against 1² + 1²
        verifier.verifyThat(RosterConstraints::fairness).given(a, b, seat(mon, a), seat(tue, a)).penalizesBy(4);
        verifier.verifyThat(RosterConstraints::fairness).given(a, b, seat(mon, a), seat(tue, b)).penalizesBy(2);
    }

    @Test
    void membersWithTheSameAvailabilityShouldGetTheSameNumberOfSessions() {
        AvailabilityGroup same = new AvailabilityGroup("c1:everything", 2);
        PlanMember a = member(1).setAvailability(same);
        PlanMember b = member(2).setAvailability(same);
        PlanShift mon = shift(1L, MONDAY, SessionPart.MORNING);
        PlanShift tue = shift(2L, MONDAY.plusDays(1), SessionPart.MORNING);
        // same availability, loads 2 and 0: squares 4 plus the deviation from the mean 1, (1² + 1²) = 6 (b has no seat
        // and still counts)
        verifier.verifyThat(RosterConstraints::fairness).given(a, b, seat(mon, a), seat(tue, a)).penalizesBy(6);
        // same availability, 1 and 1: only the squares
        verifier.verifyThat(RosterConstraints::fairness).given(a, b, seat(mon, a), seat(tue, b)).penalizesBy(2);
        // different availability, 2 and 0: the squares only, no pair term
        PlanMember c = member(3).setAvailability(new AvailabilityGroup("c1:mornings", 1));
        PlanMember d = member(4).setAvailability(new AvailabilityGroup("c1:afternoons", 1));
        verifier.verifyThat(RosterConstraints::fairness).given(c, d, seat(mon, c), seat(tue, c)).penalizesBy(4);
    }

    /**
     * A large group with fewer seats than members does not push its sessions onto a member alone in their group: the
     * fifth session of a lone member costs more than a first session of one of fifty members with one in ten on duty.
     */
    @Test
    void aMemberAloneInTheirGroupDoesNotAbsorbTheSessionsOfALargeGroup() {
        AvailabilityGroup many = new AvailabilityGroup("c1:everything", 50);
        PlanMember lone = member(100).setAvailability(new AvailabilityGroup("c1:not-tuesday", 1));
        java.util.List<Object> facts = new java.util.ArrayList<>(java.util.List.of(lone));
        java.util.List<Object> loneHasFive = new java.util.ArrayList<>(facts);
        java.util.List<Object> spread = new java.util.ArrayList<>(facts);
        for (int i = 0; i < 50; i++) {
            PlanMember m = member(i + 1).setAvailability(many);
            facts.add(m);
            loneHasFive.add(m);
            spread.add(m);
            if (i < 5) {
                loneHasFive.add(seat(shift(100L + i, MONDAY.plusDays(i), SessionPart.AFTERNOON), m));
                spread.add(seat(shift(100L + i, MONDAY.plusDays(i), SessionPart.AFTERNOON), m));
            }
        }
        for (int d = 0; d < 5; d++) {
            loneHasFive.add(seat(shift(200L + d, MONDAY.plusDays(d), SessionPart.MORNING), lone));
        }
        spread.add(seat(shift(200L, MONDAY, SessionPart.MORNING), lone));
        for (int d = 1; d < 5; d++) {
            spread.add(seat(shift(200L + d, MONDAY.plusDays(d), SessionPart.MORNING), (PlanMember) facts.get(5 + d)));
        }
        // five sessions for the lone member: 25, and the group's 5 squares + deviation 4 (4.5 rounded down) = 34;
        // spread: the lone member's 1, the group's 9 squares + deviation 7 (7.38) = 17 (undivided, the pair term made
        // it 255 against 379: the lone member took the five)
        verifier.verifyThat(RosterConstraints::fairness).given(loneHasFive.toArray()).penalizesBy(34);
        verifier.verifyThat(RosterConstraints::fairness).given(spread.toArray()).penalizesBy(17);
    }

    @Test
    void theAvailabilityGroupsOfAPlanFollowTheSessionsEachMemberIsFreeFor() {
        PlanMember a = member(1);
        PlanMember b = member(2);
        PlanMember unavailable = member(3);
        PlanMember stranger = new PlanMember(4L, "S", OTHER, true, true, Set.of(), 0, null);
        PlanShift mon = shift(1L, MONDAY, SessionPart.MORNING);
        PlanShift tue = shift(2L, MONDAY.plusDays(1), SessionPart.MORNING);
        new RosterPlan(new java.util.ArrayList<>(java.util.List.of(a, b, unavailable, stranger)),
                java.util.List.of(mon, tue),
                java.util.List.of(new BusySlot(unavailable, MONDAY, SessionPart.MORNING, false),
                        new BusySlot(b, MONDAY.plusDays(5), SessionPart.MORNING, false)), // not a session of the plan
                new PlanRules(5, false), new java.util.ArrayList<>(java.util.List.of(Seat.open(mon, 0),
                Seat.open(tue, 0))), null);
        org.junit.jupiter.api.Assertions.assertEquals(a.getAvailability(), b.getAvailability());
        org.junit.jupiter.api.Assertions.assertEquals(2, a.getAvailability().size());
        org.junit.jupiter.api.Assertions.assertNotEquals(a.getAvailability(), unavailable.getAvailability());
        org.junit.jupiter.api.Assertions.assertNotEquals(a.getAvailability(), stranger.getAvailability());
        org.junit.jupiter.api.Assertions.assertEquals(1, unavailable.getAvailability().size());
    }

    @Test
    void aSessionOfACommuneWithAMinorityLanguageWantsASpeaker() {
        PlanShift jrai = new PlanShift(1L, 10L, "Ia Grai", COMMUNE, MONDAY, SessionPart.MORNING, 2, "jrai");
        PlanMember kinh = member(1);
        PlanMember speaker = new PlanMember(2L, "J", COMMUNE, true, true, Set.of("vi", "jrai"), 0, null);
        verifier.verifyThat(RosterConstraints::language).given(jrai, kinh, seat(jrai, kinh)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::language)
                .given(jrai, kinh, speaker, seat(jrai, kinh), seat(jrai, speaker)).penalizesBy(0);
        PlanShift noLanguage = shift(3L, MONDAY, SessionPart.MORNING);
        verifier.verifyThat(RosterConstraints::language).given(noLanguage, kinh, seat(noLanguage, kinh)).penalizesBy(0);
    }

    @Test
    void aPairWantsAnExperiencedMember() {
        PlanShift pair = shift(1L, MONDAY, SessionPart.MORNING);
        PlanMember novice = member(1);
        PlanMember novice2 = member(2);
        PlanMember veteran = new PlanMember(3L, "V", COMMUNE, true, true, Set.of(), 5, null);
        verifier.verifyThat(RosterConstraints::experience)
                .given(pair, novice, novice2, seat(pair, novice), seat(pair, novice2)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::experience)
                .given(pair, novice, veteran, seat(pair, novice), seat(pair, veteran)).penalizesBy(0);
    }

    @Test
    void avoidedAndPreferredDaysAndSessions() {
        PlanShift monMorning = shift(1L, MONDAY, SessionPart.MORNING);
        PlanMember noMondays = new PlanMember(1L, "A", COMMUNE, true, true, Set.of(), 0,
                new DutyPreferences(Set.of(), Set.of(DayOfWeek.MONDAY), Set.of(), Set.of(), false));
        PlanMember mornings = new PlanMember(2L, "B", COMMUNE, true, true, Set.of(), 0,
                new DutyPreferences(Set.of(), Set.of(), Set.of(SessionPart.MORNING), Set.of(), false));
        verifier.verifyThat(RosterConstraints::avoided).given(noMondays, seat(monMorning, noMondays)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::avoided).given(mornings, seat(monMorning, mornings)).penalizesBy(0);
        verifier.verifyThat(RosterConstraints::preferred).given(mornings, seat(monMorning, mornings)).rewardsWith(1);
        verifier.verifyThat(RosterConstraints::preferred).given(noMondays, seat(monMorning, noMondays)).rewardsWith(0);
    }

    @Test
    void aMemberWhoAskedForFewerDaysGetsBothSessionsOfADay() {
        PlanMember fewer = new PlanMember(1L, "F", COMMUNE, true, true, Set.of(), 0,
                new DutyPreferences(Set.of(), Set.of(), Set.of(), Set.of(), true));
        Seat monMorning = seat(shift(1L, MONDAY, SessionPart.MORNING), fewer);
        Seat monAfternoon = seat(shift(2L, MONDAY, SessionPart.AFTERNOON), fewer);
        Seat tueMorning = seat(shift(3L, MONDAY.plusDays(1), SessionPart.MORNING), fewer);
        verifier.verifyThat(RosterConstraints::loneSession).given(fewer, monMorning, tueMorning).penalizesBy(2);
        verifier.verifyThat(RosterConstraints::loneSession).given(fewer, monMorning, monAfternoon).penalizesBy(0);
        // who did not ask is not counted
        PlanMember any = member(2);
        verifier.verifyThat(RosterConstraints::loneSession)
                .given(any, seat(shift(1L, MONDAY, SessionPart.MORNING), any)).penalizesBy(0);
    }
}
