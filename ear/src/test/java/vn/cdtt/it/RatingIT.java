package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.PageRequest;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.duty.Presence;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.TestClock;
import vn.cdtt.rating.CommuneRating;
import vn.cdtt.rating.CriterionForm;
import vn.cdtt.rating.CriterionKind;
import vn.cdtt.rating.DeclarationForm;
import vn.cdtt.rating.DeclarationState;
import vn.cdtt.rating.Measure;
import vn.cdtt.rating.RatingColour;
import vn.cdtt.rating.RatingCriteria;
import vn.cdtt.rating.RatingCriterion;
import vn.cdtt.rating.RatingDeclaration;
import vn.cdtt.rating.RatingDeclarations;
import vn.cdtt.rating.RatingService;
import vn.cdtt.rating.UnmetCriterion;
import vn.cdtt.rating.WeekRating;
import vn.cdtt.request.HelperRequestForm;
import vn.cdtt.request.HelperRequestService;
import vn.cdtt.request.RequestReason;
import vn.cdtt.request.RequestSessions;
import vn.cdtt.roster.CatalogueService;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.MemberService;
import vn.cdtt.roster.Team;
import vn.cdtt.roster.TeamService;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;
import vn.cdtt.training.TargetGroup;
import vn.cdtt.training.TrainingPlan;
import vn.cdtt.training.TrainingPlanning;
import vn.cdtt.training.TrainingResult;
import vn.cdtt.training.TrainingResults;
import vn.cdtt.training.TrainingSession;
import vn.cdtt.training.TrainingTopic;

/**
 * Commune ratings by criteria: each computed criterion of the default catalogue met in one commune and not in
 * another, the colours, a criterion added later leaving earlier weeks alone, a declared criterion counting only once
 * confirmed, and who sees and declares what.
 */
class RatingIT extends IntegrationTest {

    /** Communes no other test uses: Canh Vinh, Ia Rsai, and two more of the reference data. */
    private static final String GOOD = "22006";
    private static final String BAD = "24112";
    private static final String DECLARING = "21997";
    private static final String OTHER = "24109";
    private static final Set<String> COMPUTED = Set.of("TRUC-DU", "TAP-HUAN", "CO-MAT", "TRA-LOI", "TO-DOI");

    @Inject
    RatingService ratings;

    @Inject
    RatingCriteria criteria;

    @Inject
    RatingDeclarations declarations;

    @Inject
    ShiftService shifts;

    @Inject
    AttendanceService attendance;

    @Inject
    MemberService members;

    @Inject
    TeamService teams;

    @Inject
    TrainingPlanning planning;

    @Inject
    TrainingResults results;

    @Inject
    CatalogueService catalogue;

    @Inject
    HelperRequestService requests;

    private CommuneRating rowOf(List<CommuneRating> all, Long commune) {
        return all.stream().filter(r -> r.communeId() == commune).findFirst().orElseThrow();
    }

    private static Set<String> codes(CommuneRating r) {
        Set<String> codes = new HashSet<>();
        r.unmet().forEach(u -> codes.add(u.code()));
        return codes;
    }

    private HelperRequestForm request(Long siteId, LocalDate day) {
        HelperRequestForm f = new HelperRequestForm();
        f.setSiteId(siteId);
        f.setFirstDay(day);
        f.setSessions(RequestSessions.MORNING);
        f.setHelpers(1);
        f.setReason(RequestReason.VNEID_DRIVE);
        f.setContactName("Phạm Thị Hoa");
        f.setContactPhone("0905123456");
        f.setAnswerBy(VietnamTime.now().plusDays(1));
        return f;
    }

    private Long fileRequest(Long commune, LocalDate day) {
        actAs(fixtures.account(Role.CENTRE_STAFF, commune));
        Long site = requests.sitesToFileFor().get(0).getId();
        return requests.file(request(site, day)).getId();
    }

    private DeclarationForm declaration(Long criterionId, LocalDate week) {
        DeclarationForm f = new DeclarationForm();
        f.setCriterionId(criterionId);
        f.setFirstDay(week);
        f.setLastDay(week.plusDays(6));
        f.setWho("Nguyễn Văn An, Bí thư Đoàn xã");
        f.setTask("Ban hành kế hoạch hoạt động tháng của tổ");
        f.setDeadline(week.plusDays(4));
        f.setResponsibility("Đoàn xã chủ trì, tổ trưởng các thôn phối hợp");
        f.setResult("Kế hoạch số 12/KH-ĐTN");
        f.setAuthority("Ban Thường vụ Đoàn xã");
        f.setEvidence("Kế hoạch đã ký, gửi kèm bản chụp");
        return f;
    }

    private Long criterionIdOf(String code, LocalDate week) {
        return criteria.inForce(week).stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    @Test
    void eachComputedCriterionIsMetInOneCommuneAndNotInAnotherAndTheColoursFollow() {
        Long good = fixtures.commune(GOOD);
        Long bad = fixtures.commune(BAD);
        LocalDate week = fixtures.nextWeeks(2);
        LocalDate sunday = week.plusDays(6);
        String province = fixtures.account(Role.PROVINCE_COORDINATOR, null);
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, good);

        // a looser attendance criterion for this week alone: 50 % is enough
        actAs(province);
        CriterionForm half = new CriterionForm();
        half.setCode("CO-MAT-50-" + Fixtures.next());
        half.setNameVi("Tỷ lệ có mặt từ 50%");
        half.setNameEn("Attendance of 50% or more");
        half.setKind(CriterionKind.COMPUTED);
        half.setMeasure(Measure.ATTENDANCE);
        half.setThreshold(50);
        half.setValidFrom(week);
        RatingCriterion halfCriterion = criteria.add(half);
        criteria.end(halfCriterion.getId(), sunday);

        // GOOD: a team of six with a leader, every session of the week staffed by two, a training held
        actAs(coordinator);
        Team team = teams.create(good, "Tổ thôn 1 " + Fixtures.next(), null);
        List<Long> pool = new ArrayList<>();
        for (String name : List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
                "Hoàng Văn Em", "Võ Thị Giang", "Đỗ Văn Hải", "Bùi Thị Lan")) {
            MemberForm f = Fixtures.form(name);
            f.setTeamId(team.getId());
            pool.add(members.create(good, f).getId());
        }
        teams.update(team.getId(), team.getVersion(), team.getName(), null, pool.get(0), null);
        shifts.generate(good, week, sunday);
        Set<String> taken = new HashSet<>();
        for (Shift s : shifts.week(good, week)) {
            int placed = 0;
            for (Long m : pool) {
                if (placed < s.getSeats() && taken.add(m + "@" + s.getDate() + s.getPart())) {
                    shifts.assign(s.getId(), m);
                    placed++;
                }
            }
        }
        TrainingPlan plan = new TrainingPlan();
        plan.setPlace("Nhà văn hoá thôn 1");
        plan.setDate(week.plusDays(3));
        plan.setStartTime(LocalTime.of(18, 30));
        plan.setEndTime(LocalTime.of(20, 0));
        plan.setCapacity(30);
        plan.getTopicIds().add(catalogue.list(TrainingTopic.class).get(0).getId());
        plan.getGroupIds().add(catalogue.list(TargetGroup.class).get(0).getId());
        plan.getLanguageIds().add(catalogue.languages().get(0).getId());
        plan.setLeadTrainerId(pool.get(0));
        TrainingSession training = planning.plan(good, plan);

        // BAD: one member, no team, nothing planned; a request nobody answers. GOOD answers its request next day.
        Long lonely = fixtures.member(bad, "Siu Thị Hằng");
        TestClock.setNow(week, LocalTime.of(8, 0));
        fileRequest(bad, week.plusWeeks(1).with(DayOfWeek.FRIDAY));
        Long answered = fileRequest(good, week.plusWeeks(1).with(DayOfWeek.FRIDAY));
        TestClock.setNow(week.plusDays(1), LocalTime.of(9, 0));
        actAs(coordinator);
        requests.decline(answered, "Tuần đó tổ đã kín lịch");

        TestClock.setNow(week.plusDays(3), LocalTime.of(21, 0));
        TrainingResult r = new TrainingResult();
        r.setParticipants(20);
        r.setMale(10);
        r.setFemale(10);
        r.setUnder16(0);
        r.setAge16to59(15);
        r.setAge60plus(5);
        r.setEthnicMinority(3);
        r.setVneidActivated(5);
        r.setDossiersFiled(2);
        r.setEpaymentOpened(1);
        results.record(training.getId(), r);

        // after the week: GOOD's members were all there, BAD's one of two
        TestClock.setNow(week.plusWeeks(1), LocalTime.of(8, 0));
        for (Shift s : shifts.week(good, week)) {
            for (Long m : pool) {
                if (taken.contains(m + "@" + s.getDate() + s.getPart())) {
                    attendance.correct(fixtures.assignment(s.getId(), m), Presence.PRESENT, "Theo sổ trực");
                }
            }
        }
        Long second = fixtures.member(bad, "Rơ Châm Hùng");
        Long badShift = fixtures.shiftAt(bad, week.plusDays(1), LocalTime.of(7, 30), LocalTime.of(11, 30), lonely,
                second);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, bad));
        attendance.correct(fixtures.assignment(badShift, lonely), Presence.PRESENT, "Theo sổ trực");

        // GOOD also declares the two declared criteria of the catalogue; the province confirms them
        actAs(coordinator);
        List<Long> declared = new ArrayList<>();
        for (String code : List.of("KE-HOACH", "TUYEN-TRUYEN")) {
            declared.add(declarations.declare(declaration(criterionIdOf(code, week), week), null, null).getId());
        }
        actAs(province);
        declared.forEach(declarations::confirm);

        actAs(fixtures.account(Role.VIEWER, null));
        List<CommuneRating> all = ratings.ratingsForWeek(week);
        CommuneRating g = rowOf(all, good);
        CommuneRating b = rowOf(all, bad);
        assertEquals(Set.of(), codes(g), "every criterion met: " + g.unmet());
        assertEquals(RatingColour.GREEN, g.colour());
        assertTrue(codes(b).containsAll(COMPUTED), "none of the computed ones met: " + b.unmet());
        assertFalse(codes(b).contains(halfCriterion.getCode()), "one of two attended is 50 %");
        assertEquals(7, b.unmet().size());
        assertEquals(RatingColour.RED, b.colour());
        assertEquals("Mọi buổi trực trong tuần đủ 2 thành viên", b.unmet().stream()
                .filter(u -> u.code().equals("TRUC-DU")).findFirst().map(UnmetCriterion::name).orElseThrow());
        for (int i = 1; i < all.size(); i++) {
            CommuneRating before = all.get(i - 1);
            CommuneRating after = all.get(i);
            assertTrue(before.colour().compareTo(after.colour()) > 0 || (before.colour() == after.colour()
                    && before.unmet().size() >= after.unmet().size()), "worst first at " + i);
        }

        List<WeekRating> history = ratings.ratingHistory(good, week, 12);
        assertEquals(12, history.size());
        assertEquals(week, history.get(0).monday());
        assertEquals(RatingColour.GREEN, history.get(0).colour());
        assertEquals(week.minusWeeks(11), history.get(11).monday());
    }

    @Test
    void aCriterionAddedLaterLeavesTheEarlierWeeksAsTheyWere() {
        Long commune = fixtures.commune(OTHER);
        LocalDate week = fixtures.nextWeeks(2);
        LocalDate later = week.plusWeeks(1);
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        Set<String> before = codes(rowOf(ratings.ratingsForWeek(week), commune));

        CriterionForm f = new CriterionForm();
        f.setCode("BAO-CAO-" + Fixtures.next());
        f.setNameVi("Báo cáo tuần đúng hạn");
        f.setNameEn("Weekly report on time");
        f.setKind(CriterionKind.DECLARED);
        f.setValidFrom(later.plusDays(2));
        RatingCriterion added = criteria.add(f);
        assertEquals(later, added.getValidFrom(), "from the Monday of the day given");
        assertEquals("rating.criterion.codeInForce", assertThrows(InvalidInputException.class,
                () -> criteria.add(f)).getProblems().get(0).messageKey(), "one code per period");

        assertEquals(before, codes(rowOf(ratings.ratingsForWeek(week), commune)), "the earlier week is unchanged");
        assertTrue(codes(rowOf(ratings.ratingsForWeek(later), commune)).contains(added.getCode()));

        // once a week has begun, nothing starts or ends in it retroactively
        TestClock.setNow(later.plusDays(1), LocalTime.of(9, 0));
        f.setCode("MUON-" + Fixtures.next());
        f.setValidFrom(week);
        assertThrows(InvalidInputException.class, () -> criteria.add(f));
        assertThrows(InvalidInputException.class, () -> criteria.end(added.getId(), week.plusDays(6)));
        criteria.end(added.getId(), later.plusDays(6));
        assertTrue(codes(rowOf(ratings.ratingsForWeek(later), commune)).contains(added.getCode()));
        assertFalse(codes(rowOf(ratings.ratingsForWeek(later.plusWeeks(1)), commune)).contains(added.getCode()));
        assertEquals(2, fixtures.auditCount("RatingCriterion", added.getId(), "CREATE")
                + fixtures.auditCount("RatingCriterion", added.getId(), "UPDATE"));
    }

    @Test
    void aDeclaredCriterionCountsOnlyOnceTheProvinceConfirmsIt() {
        Long commune = fixtures.commune(DECLARING);
        LocalDate week = fixtures.nextMonday();
        String province = fixtures.account(Role.PROVINCE_COORDINATOR, null);
        actAs(province);
        CriterionForm f = new CriterionForm();
        f.setCode("HOP-TO-" + Fixtures.next());
        f.setNameVi("Họp tổ định kỳ");
        f.setNameEn("Regular team meeting");
        f.setKind(CriterionKind.DECLARED);
        f.setValidFrom(week);
        RatingCriterion meeting = criteria.add(f);
        criteria.end(meeting.getId(), week);

        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        DeclarationForm missing = declaration(meeting.getId(), week);
        missing.setWho(" ");
        missing.setAuthority(null);
        assertEquals(2, assertThrows(InvalidInputException.class,
                () -> declarations.declare(missing, "bien-ban.png", png)).getProblems().size(), "who and authority");
        RatingDeclaration first = declarations.declare(declaration(meeting.getId(), week), "bien-ban.png", png);
        assertEquals(DeclarationState.PENDING, first.getState());
        assertTrue(codes(rowOf(ratings.ratingsForWeek(week), commune)).contains(meeting.getCode()), "pending");
        assertThrows(InvalidInputException.class,
                () -> declarations.declare(declaration(meeting.getId(), week), null, null), "one at a time");
        assertThrows(AccessDeniedException.class, () -> declarations.confirm(first.getId()));

        actAs(province);
        assertEquals("rating.declaration.reasonRequired", assertThrows(InvalidInputException.class,
                () -> declarations.reject(first.getId(), " ")).getMessageKey());
        declarations.reject(first.getId(), "Thiếu chữ ký của Bí thư");
        assertTrue(codes(rowOf(ratings.ratingsForWeek(week), commune)).contains(meeting.getCode()), "rejected");

        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        RatingDeclaration again = declarations.declare(declaration(meeting.getId(), week), null, null);
        assertEquals(2, declarations.list(commune, null, PageRequest.of(0, 10)).total());
        actAs(province);
        declarations.confirm(again.getId());
        assertFalse(codes(rowOf(ratings.ratingsForWeek(week), commune)).contains(meeting.getCode()), "confirmed");
        assertEquals("bien-ban.png", declarations.download(first.getId()).fileName());
        assertEquals(1, fixtures.auditCount("RatingDeclaration", again.getId(), "CREATE"));
        assertEquals(1, fixtures.auditCount("RatingDeclaration", again.getId(), "UPDATE"));
        assertThrows(InvalidInputException.class, () -> declarations.confirm(again.getId()), "decided once");
    }

    @Test
    void aCommuneCoordinatorSeesAndDeclaresForTheirOwnCommuneOnlyAndMembersNothing() {
        Long mine = fixtures.commune(DECLARING);
        Long other = fixtures.commune(OTHER);
        LocalDate week = fixtures.nextMonday();
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, mine));
        List<CommuneRating> seen = ratings.ratingsForWeek(week);
        assertEquals(1, seen.size());
        assertEquals(mine, seen.get(0).communeId());
        assertEquals(12, ratings.ratingHistory(mine, week, 12).size());
        assertThrows(AccessDeniedException.class, () -> ratings.ratingHistory(other, week, 12));
        assertThrows(AccessDeniedException.class, () -> declarations.list(other, null, PageRequest.of(0, 10)));
        DeclarationForm forOther = declaration(criterionIdOf("KE-HOACH", week), week);
        forOther.setCommuneId(other);
        assertThrows(AccessDeniedException.class, () -> declarations.declare(forOther, null, null));
        assertThrows(AccessDeniedException.class, () -> criteria.add(new CriterionForm()));

        actAs(fixtures.account(Role.MEMBER, mine));
        assertThrows(AccessDeniedException.class, () -> ratings.ratingsForWeek(week));
        assertThrows(AccessDeniedException.class, () -> ratings.ratingHistory(mine, week, 12));

        actAs(fixtures.account(Role.VIEWER, null));
        assertEquals(135, ratings.ratingsForWeek(week).size());
        assertThrows(AccessDeniedException.class,
                () -> declarations.declare(declaration(criterionIdOf("KE-HOACH", week), week), null, null));
    }
}
