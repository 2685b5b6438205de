package vn.cdtt.allowance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.cdtt.commune.SiteKind;
import vn.cdtt.roster.MemberStatus;

/**
 * The money rules without a database: rates by the day of the work, monthly amounts, caps, the two funding sources,
 * and the three precedents of DOMAIN.md written as policy versions.
 */
class MonthCalculatorTest {

    private static final YearMonth MARCH = YearMonth.of(2040, 3);
    private static final Long TEAM = 7L;

    private final List<Work.Duty> duties = new ArrayList<>();
    private final List<Work.Training> trainings = new ArrayList<>();
    private final List<Work.Person> members = new ArrayList<>();
    private long assignments;

    private static AllowancePolicy version(Long communeId, LocalDate from, LocalDate to, Consumer<PolicyForm> rates) {
        PolicyForm f = new PolicyForm();
        f.setValidFrom(from);
        f.setValidTo(to);
        f.setBasisNumber("01/2040/NQ-HĐND");
        f.setBasisDate(from.minusDays(10));
        f.setBasisIssuer("HĐND tỉnh (thử)");
        rates.accept(f);
        return new AllowancePolicy(1L, communeId, f, "test", LocalDateTime.of(2040, 1, 1, 8, 0));
    }

    private static AllowancePolicy province(Consumer<PolicyForm> rates) {
        return version(null, MARCH.atDay(1), null, rates);
    }

    private void member(long id, Long team) {
        members.add(new Work.Person(id, team, MemberStatus.ACTIVE, LocalDate.of(2039, 1, 1), LocalDate.of(2039, 1, 1)));
    }

    private void duty(long member, int day, SiteKind site) {
        duties.add(new Work.Duty(++assignments, member, MARCH.atDay(day), 100 + assignments, "Một cửa", site, false));
    }

    /** A duty session served as a helper a centre asked for. */
    private void mobilised(long member, int day) {
        duties.add(new Work.Duty(++assignments, member, MARCH.atDay(day), 100 + assignments, "Một cửa",
                SiteKind.COMMUNE_CENTRE, true));
    }

    private void duty(long member, int day) {
        duty(member, day, SiteKind.COMMUNE_CENTRE);
    }

    private List<Due> compute(Map<Long, Long> leaders, AllowancePolicy... policies) {
        return MonthCalculator.month(MARCH, new Work(duties, trainings, members, leaders), List.of(policies));
    }

    private static long total(List<Due> dues) {
        return dues.stream().mapToLong(Due::amount).sum();
    }

    private static long total(List<Due> dues, long member) {
        return dues.stream().filter(d -> d.memberId() == member).mapToLong(Due::amount).sum();
    }

    @Test
    void eachSessionIsPaidAtTheRateInForceOnItsDaySoAMidMonthChangeSplits() {
        member(1, null);
        duty(1, 10);
        duty(1, 20);
        AllowancePolicy old = version(null, MARCH.atDay(1), MARCH.atDay(15), f -> f.setDutySession(40_000L));
        AllowancePolicy next = version(null, MARCH.atDay(16), null, f -> f.setDutySession(50_000L));

        List<Due> dues = compute(Map.of(), old, next);

        assertEquals(List.of(40_000L, 50_000L), dues.stream().map(Due::rate).toList());
        assertEquals(90_000, total(dues));
    }

    @Test
    void theProvincialCentrePaysItsOwnRateWhenTheVersionSetsOne() {
        member(1, null);
        duty(1, 3, SiteKind.PROVINCIAL_CENTRE);
        duty(1, 4, SiteKind.COMMUNE_CENTRE);

        List<Due> dues = compute(Map.of(), province(f -> {
            f.setDutySession(50_000L);
            f.setDutySessionProvincial(70_000L);
        }));

        assertEquals(120_000, total(dues));
    }

    @Test
    void trainingsArePaidByRole() {
        member(1, null);
        member(2, null);
        trainings.add(new Work.Training(9L, 1L, true, MARCH.atDay(7), "Nhà văn hoá"));
        trainings.add(new Work.Training(9L, 2L, false, MARCH.atDay(7), "Nhà văn hoá"));

        List<Due> dues = compute(Map.of(), province(f -> {
            f.setTrainingLead(100_000L);
            f.setTrainingAssistant(50_000L);
        }));

        assertEquals(100_000, total(dues, 1));
        assertEquals(50_000, total(dues, 2));
        assertEquals("T9-1", dues.get(0).workKey());
    }

    @Test
    void theMonthlyAmountNeedsTheMinimumOfAttendedSessions() {
        member(1, null);
        member(2, null);
        duty(1, 2);
        duty(1, 3);
        duty(2, 2);

        List<Due> dues = compute(Map.of(), province(f -> {
            f.setMemberMonthly(60_000L);
            f.setMemberMonthlyMinSessions(2);
        }));

        assertEquals(60_000, total(dues, 1));
        assertEquals(0, total(dues, 2));
    }

    @Test
    void aMemberIsCutToTheCapWithALineThatSaysSo() {
        member(1, null);
        duty(1, 2);
        duty(1, 3);
        duty(1, 4);

        List<Due> dues = compute(Map.of(), province(f -> {
            f.setDutySession(50_000L);
            f.setMemberMonthCap(100_000L);
        }));

        assertEquals(100_000, total(dues));
        Due cut = dues.stream().filter(d -> d.component() == AllowanceComponent.MEMBER_CAP).findFirst().orElseThrow();
        assertEquals(-50_000, cut.amount());
    }

    @Test
    void aTeamOverItsCapSharesTheCutInProportionToTheWholeDong() {
        member(1, TEAM);
        member(2, TEAM);
        member(3, TEAM);
        for (int day = 1; day <= 3; day++) {
            duty(1, day);
        }
        duty(2, 1);
        duty(3, 1);

        List<Due> dues = compute(Map.of(), province(f -> {
            f.setDutySession(10_001L);
            f.setTeamMonthCap(30_000L);
        }));

        assertEquals(30_000, total(dues), "five sessions of 10,001 cut to the team cap exactly");
        assertTrue(total(dues, 1) > total(dues, 2), "the cut follows what each earned");
    }

    @Test
    void aCommuneTopUpIsPaidApartFromTheProvincesPolicy() {
        member(1, null);
        duty(1, 5);
        AllowancePolicy topUp = version(5L, MARCH.atDay(1), null, f -> f.setDutySession(10_000L));

        List<Due> dues = compute(Map.of(), province(f -> f.setDutySession(50_000L)), topUp);

        assertEquals(2, dues.size());
        assertEquals(50_000, dues.stream().filter(d -> d.funding() == FundingSource.PROVINCE).mapToLong(Due::amount).sum());
        assertEquals(10_000, dues.stream().filter(d -> d.funding() == FundingSource.COMMUNE).mapToLong(Due::amount).sum());
    }

    @Test
    void theSameWorkGivesTheSameLines() {
        member(1, TEAM);
        member(2, TEAM);
        duty(2, 9);
        duty(1, 9);
        AllowancePolicy p = province(f -> {
            f.setDutySession(50_000L);
            f.setMemberMonthly(60_000L);
            f.setTeamMonthCap(150_000L);
        });

        assertEquals(compute(Map.of(TEAM, 1L), p), compute(Map.of(TEAM, 1L), p));
    }

    /** Hà Tĩnh 2023: 600,000 per team per month, paid to the team leader. */
    @Test
    void precedentHaTinhTeamPerMonth() {
        member(1, TEAM);
        member(2, TEAM);
        duty(2, 3);

        List<Due> dues = compute(Map.of(TEAM, 1L), province(f -> f.setTeamMonthly(600_000L)));

        assertEquals(1, dues.size());
        assertEquals(AllowanceComponent.TEAM_MONTHLY, dues.get(0).component());
        assertEquals(600_000, total(dues, 1));
    }

    /** Bình Dương 2023: 60,000 per person per month, plus 150,000 per day mobilised. */
    @Test
    void precedentBinhDuongFlatPlusDaysMobilised() {
        member(1, null);
        member(2, null);
        AllowancePolicy p = province(f -> {
            f.setMemberMonthly(60_000L);
            f.setMobilisedDay(150_000L);
        });

        List<Due> dues = compute(Map.of(), p);

        assertEquals(60_000, total(dues, 1));
        assertEquals(60_000, total(dues, 2));
        assertEquals(150_000, p.rate(AllowanceComponent.MOBILISED_DAY, null));
    }

    /** A day served on a helper request is paid once at the day rate, however many of its sessions were worked. */
    @Test
    void aDayServedOnAHelperRequestIsPaidOnceAtTheMobilisedRate() {
        member(1, null);
        mobilised(1, 6);
        mobilised(1, 6);
        duty(1, 7);
        AllowancePolicy p = province(f -> {
            f.setDutySession(50_000L);
            f.setMobilisedDay(150_000L);
        });

        List<Due> dues = compute(Map.of(), p);

        assertEquals(List.of(AllowanceComponent.MOBILISED_DAY, AllowanceComponent.DUTY_SESSION),
                dues.stream().map(Due::component).toList());
        assertEquals(200_000, total(dues, 1));
    }

    /** Without a day rate, a helper's sessions are paid as any duty session. */
    @Test
    void withoutADayRateAHelpersSessionsArePaidAsDuty() {
        member(1, null);
        mobilised(1, 6);
        mobilised(1, 6);
        AllowancePolicy p = province(f -> f.setDutySession(50_000L));

        assertEquals(100_000, total(compute(Map.of(), p), 1));
    }

    /**
     * Đà Nẵng 2026–2027: 300,000 per team per month including 50,000 per person per day of planned activity – a rate
     * per activity under a team cap (here each attended duty session is the planned activity).
     */
    @Test
    void precedentDaNangDailyRateWithinATeamMonth() {
        member(1, TEAM);
        member(2, TEAM);
        for (int day = 2; day <= 5; day++) {
            duty(1, day);
            duty(2, day);
        }

        List<Due> dues = compute(Map.of(TEAM, 1L), province(f -> {
            f.setDutySession(50_000L);
            f.setTeamMonthCap(300_000L);
        }));

        assertEquals(300_000, total(dues));
        assertEquals(150_000, total(dues, 1));
        assertEquals(150_000, total(dues, 2));
    }
}
