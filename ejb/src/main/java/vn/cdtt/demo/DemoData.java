package vn.cdtt.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cdtt.account.Account;
import vn.cdtt.account.AccountService;
import vn.cdtt.allowance.AllowancePolicy;
import vn.cdtt.allowance.PolicyForm;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.commune.SiteSession;
import vn.cdtt.duty.DutyKind;
import vn.cdtt.duty.DutySlots;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.Unavailability;
import vn.cdtt.roster.Gender;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.Skill;
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.roster.Team;
import vn.cdtt.security.Role;
import vn.cdtt.training.TargetGroup;
import vn.cdtt.training.TrainingPlan;
import vn.cdtt.training.TrainingResult;
import vn.cdtt.training.TrainingSession;
import vn.cdtt.training.TrainingTopic;

/**
 * Demo mode (config {@code cdtt.demo}, env {@code CDTT_DEMO}; on by default for the embedded database): on the
 * first start, two demo wards with teams and members, one demo account per role and a demo version of the
 * province's allowance policy (its legal basis marked as made up). Never in production.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ApplicationClock"})
public class DemoData {

    public static final String PASSWORD = "Demo@2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hasher;

    @Inject
    AuditLog audit;

    @Inject
    DutySlots slots;

    @Inject
    @ConfigProperty(name = "cdtt.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void load() {
        if (!demo || !em.createQuery("SELECT a.id FROM Account a WHERE a.username = 'tinh.demo'", Long.class)
                .getResultList().isEmpty()) {
            return;
        }
        hasher.initialize(AccountService.HASH_PARAMETERS);
        Commune pleiku = commune("23575");
        Commune quyNhon = commune("21583");
        Team hoiThuong = team(pleiku, "Tổ CNSCĐ tổ dân phố 1", "Tổ dân phố 1");
        Team plei = team(pleiku, "Tổ CNSCĐ làng Plei Ốp", "Làng Plei Ốp");
        Team qn = team(quyNhon, "Tổ CNSCĐ khu vực 3", "Khu vực 3");

        Member an = member(pleiku, hoiThuong, "Nguyễn Văn An", "2001-03-14", Gender.MALE, "Kinh", "0905123401",
                "052201000101", Set.of("vneid", "dvc"), Set.of("vi"));
        Member binh = member(pleiku, hoiThuong, "Trần Thị Bình", "1999-07-02", Gender.FEMALE, "Kinh", "0905123402",
                "052199000102", Set.of("payment", "safety"), Set.of("vi"));
        member(pleiku, hoiThuong, "Lê Văn Cường", "2003-11-20", Gender.MALE, "Kinh", "0905123403",
                "052203000103", Set.of("kiosk"), Set.of("vi"));
        Member hBla = member(pleiku, plei, "Rơ Mah H'Bla", "2002-01-09", Gender.FEMALE, "Jrai", "0905123404",
                "064202000104", Set.of("vneid", "kiosk"), Set.of("vi", "jrai"));
        Member dinh = member(pleiku, plei, "Siu Đinh", "2000-05-30", Gender.MALE, "Jrai", "0905123405",
                "064200000105", Set.of("dvc"), Set.of("vi", "jrai", "bahnar"));
        Member duc = member(pleiku, plei, "Đặng Minh Đức", "1998-09-12", Gender.MALE, "Kinh", "0905123406",
                "052198000106", Set.of("data-entry", "office"), Set.of("vi"));
        Member dung = member(pleiku, null, "Phạm Thị Dung", "2004-02-17", Gender.FEMALE, "Kinh", "0905123407",
                "052204000107", Set.of("ai"), Set.of("vi"));
        member(pleiku, null, "Ksor Thị Ánh", "2005-06-25", Gender.FEMALE, "Jrai", "0905123408",
                "064205000108", Set.of("safety"), Set.of("vi", "jrai"));
        Member hoa = member(quyNhon, qn, "Võ Thị Hoa", "2000-12-01", Gender.FEMALE, "Kinh", "0905123409",
                "052200000109", Set.of("vneid"), Set.of("vi"));
        member(quyNhon, qn, "Huỳnh Văn Em", "2002-08-08", Gender.MALE, "Kinh", "0905123410",
                "052202000110", Set.of("dvc", "payment"), Set.of("vi"));
        member(quyNhon, qn, "Bùi Quang Giang", "1997-04-04", Gender.MALE, "Kinh", "0905123411",
                "052197000111", Set.of("office"), Set.of("vi"));
        em.flush();
        hoiThuong.appoint(an, binh);
        plei.appoint(hBla, dinh);
        qn.appoint(hoa, null);

        ServiceSite pleikuSite = em.createQuery("SELECT s FROM ServiceSite s WHERE s.commune = :c "
                + "AND s.kind = vn.cdtt.commune.SiteKind.COMMUNE_CENTRE", ServiceSite.class)
                .setParameter("c", pleiku).getSingleResult();
        account("tinh.demo", "Cán bộ Tỉnh đoàn (demo)", Role.PROVINCE_COORDINATOR, null, null, null);
        account("xa.demo", "Bí thư Đoàn phường Pleiku (demo)", Role.COMMUNE_COORDINATOR, pleiku.getId(), null, null);
        account("xa2.demo", "Bí thư Đoàn phường Quy Nhơn (demo)", Role.COMMUNE_COORDINATOR, quyNhon.getId(), null, null);
        account("tv.demo", "Nguyễn Văn An", Role.MEMBER, pleiku.getId(), null, an.getId());
        account("tt.demo", "Cán bộ Trung tâm PVHCC Pleiku (demo)", Role.CENTRE_STAFF, pleiku.getId(),
                pleikuSite.getId(), null);
        em.persist(new AllowancePolicy(pleiku.getProvince().getId(), null, demoPolicy(), "demo", VietnamTime.now()));
        account("xem.demo", "Sở Khoa học và Công nghệ (demo)", Role.VIEWER, null, null, null);
        em.flush();
        int planned = planShifts(pleikuSite, pleiku, an, Set.of(duc, dung));
        planTrainings(pleiku, an, binh, hBla, dinh);
        new AutoRosterDemo(em, slots, hasher).load(VietnamTime.now());
        audit.record("system", AuditAction.IMPORT, "Demo", null, 1L, null, LocalizedText.of("audit.event.demo.loaded"), null, null);
        LOG.info("Demo data loaded: accounts tinh.demo, xa.demo, xa2.demo, tv.demo, tt.demo, xem.demo; " + planned
                + " shifts planned at " + pleikuSite.getName());
    }

    /**
     * The Pleiku ward centre's shifts from today to the end of next week: this week two members each in turn, next
     * week one member each, so the coordinator has next week's second seats to fill – by hand or with one click of
     * Tự động xếp lịch. Next Thursday afternoon the ward has a meeting: every member but the two {@code onCall}
     * (neither speaks Jrai) declared unavailable, so of that session's four seats (the ward centre's and the
     * provincial centre's in Pleiku) two stay empty and the proposal says why – no other member is free then. Today's
     * sessions are planned as if the day before, so one already under way can be checked into on the first day, and the demo member ({@code newcomer},
     * tv.demo) is on each of them. The provincial site stays unplanned, so the board and the coverage page show gaps
     * too.
     */
    private int planShifts(ServiceSite site, Commune commune, Member newcomer, Set<Member> onCall) {
        List<Member> members = em.createQuery("SELECT m FROM Member m WHERE m.commune = :c ORDER BY m.sortKey",
                Member.class).setParameter("c", commune).getResultList();
        LocalDateTime now = VietnamTime.now();
        LocalDate today = now.toLocalDate();
        LocalDate end = today.with(DayOfWeek.SUNDAY).plusWeeks(1);
        LocalDate meetingDay = today.with(DayOfWeek.SUNDAY).plusDays(4);
        int next = 0;
        int planned = 0;
        for (LocalDate day = today; !day.isAfter(end); day = day.plusDays(1)) {
            for (SiteSession session : site.getSessions()) {
                if (session.getDayOfWeek() != day.getDayOfWeek()) {
                    continue;
                }
                Shift shift = new Shift(session, day);
                em.persist(shift);
                em.flush();
                planned++;
                LocalDateTime plannedAt = day.equals(today) ? day.atStartOfDay().minusDays(1) : now;
                boolean nextWeek = day.isAfter(today.with(DayOfWeek.SUNDAY));
                boolean meeting = day.equals(meetingDay) && shift.getPart() == SessionPart.AFTERNOON;
                int planSeats = meeting ? 0 : nextWeek ? 1 : shift.getSeats();
                for (int seat = 0; seat < planSeats; seat++) {
                    Member m = members.get(next++ % members.size());
                    if (day.equals(today) && seat == 0) {
                        m = newcomer;
                    } else if (day.equals(today) && m.equals(newcomer)) {
                        m = members.get(next++ % members.size());
                    }
                    shift.assign(m, "system", plannedAt);
                    slots.take(m.getId(), day, shift.getPart(), DutyKind.SHIFT, shift.getId(), "shift.member.busy",
                            m.getFullName());
                }
            }
        }
        for (Member m : members) {
            if (onCall.contains(m)) {
                continue;
            }
            Unavailability u = new Unavailability(m.getId(), commune.getId(), meetingDay, SessionPart.AFTERNOON,
                    "Họp Đoàn phường", now);
            em.persist(u);
            em.flush();
            slots.take(m.getId(), meetingDay, SessionPart.AFTERNOON, DutyKind.UNAVAILABLE, u.getId(),
                    "unavailable.busy");
        }
        return planned;
    }

    /**
     * Two held sessions of the last weeks with their results (the report has figures) and one planned on the
     * coming Saturday led by Nguyễn Văn An (the member sees it next to the shifts and in the calendar).
     */
    private void planTrainings(Commune pleiku, Member an, Member binh, Member hBla, Member dinh) {
        LocalDateTime now = VietnamTime.now();
        LocalDate today = now.toLocalDate();
        training(pleiku, "Nhà văn hoá làng Plei Ốp", today.minusDays(12), hBla, dinh, Set.of("vneid", "dvc"),
                Set.of("nguoi-cao-tuoi", "dan-toc-thieu-so"), Set.of("vi", "jrai"), now, new int[] {28, 12, 16, 0, 10, 18, 22, 15, 4, 0});
        training(pleiku, "Hội trường tổ dân phố 1", today.minusDays(5), an, binh, Set.of("an-toan", "thanh-toan"),
                Set.of("phu-nu", "hoc-sinh"), Set.of("vi"), now, new int[] {35, 14, 21, 9, 26, 0, 3, 6, 2, 11});
        training(pleiku, "Nhà văn hoá tổ dân phố 1", today.with(DayOfWeek.SATURDAY).plusWeeks(1), an, binh,
                Set.of("vneid", "tro-ly-ai"), Set.of("nong-dan"), Set.of("vi"), now, null);
    }

    private void training(Commune commune, String place, LocalDate day, Member lead, Member assistant,
                          Set<String> topics, Set<String> groups, Set<String> languages, LocalDateTime now, int[] result) {
        TrainingPlan form = new TrainingPlan();
        form.setPlace(place);
        form.setDate(day);
        form.setStartTime(java.time.LocalTime.of(8, 0));
        form.setEndTime(java.time.LocalTime.of(10, 30));
        form.setCapacity(40);
        TrainingSession s = new TrainingSession(commune, "system", now);
        s.plan(form, lead, Set.of(assistant), new HashSet<>(codes(TrainingTopic.class, topics)),
                new HashSet<>(codes(TargetGroup.class, groups)), new HashSet<>(codes(SpokenLanguage.class, languages)), now);
        em.persist(s);
        em.flush();
        for (Member m : s.trainers()) {
            for (vn.cdtt.commune.SessionPart part : s.parts()) {
                slots.take(m.getId(), day, part, DutyKind.TRAINING, s.getId(), "training.trainer.busy",
                        m.getFullName(), day.format(VietnamTime.DATE));
            }
        }
        if (result != null) {
            TrainingResult r = new TrainingResult();
            r.setParticipants(result[0]);
            r.setMale(result[1]);
            r.setFemale(result[2]);
            r.setUnder16(result[3]);
            r.setAge16to59(result[4]);
            r.setAge60plus(result[5]);
            r.setEthnicMinority(result[6]);
            r.setVneidActivated(result[7]);
            r.setDossiersFiled(result[8]);
            r.setEpaymentOpened(result[9]);
            s.record(r, "system", now);
        }
    }

    private <T> List<T> codes(Class<T> type, Set<String> codes) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.code IN :c", type)
                .setParameter("c", codes).getResultList();
    }

    /**
     * One plausible version of the province's support policy for 2026–2027, its legal basis made up and marked as
     * demo: per duty session (more at the provincial centre), per training by role, per day mobilised, and a monthly
     * amount per member with at least four sessions, capped per member and month.
     */
    static PolicyForm demoPolicy() {
        PolicyForm f = new PolicyForm();
        f.setValidFrom(LocalDate.of(2026, 1, 1));
        f.setValidTo(LocalDate.of(2027, 12, 31));
        f.setBasisNumber("DEMO-15/2025/NQ-HĐND");
        f.setBasisDate(LocalDate.of(2025, 12, 10));
        f.setBasisIssuer("HĐND tỉnh Gia Lai (DỮ LIỆU MINH HOẠ – không phải văn bản thật)");
        f.setNote("Phiên bản minh hoạ của chế độ demo, giai đoạn 2026–2027; mức chi tham khảo Bình Dương 2023 (60.000 đồng/người/tháng, "
                + "150.000 đồng/ngày huy động).");
        f.setDutySession(50_000L);
        f.setDutySessionProvincial(60_000L);
        f.setTrainingLead(100_000L);
        f.setTrainingAssistant(50_000L);
        f.setMobilisedDay(150_000L);
        f.setMemberMonthly(60_000L);
        f.setMemberMonthlyMinSessions(4);
        f.setTeamMonthly(0L);
        f.setMemberMonthCap(2_000_000L);
        return f;
    }

    private Commune commune(String code) {
        return em.createQuery("SELECT c FROM Commune c WHERE c.code = :code", Commune.class)
                .setParameter("code", code).getSingleResult();
    }

    private Team team(Commune c, String name, String village) {
        Team t = new Team(c, name, village);
        em.persist(t);
        return t;
    }

    private Member member(Commune c, Team team, String name, String born, Gender gender, String ethnicity,
                          String phone, String cccd, Set<String> skills, Set<String> languages) {
        MemberForm f = new MemberForm();
        f.setFullName(name);
        f.setBirthDate(LocalDate.parse(born));
        f.setGender(gender);
        f.setEthnicity(ethnicity);
        f.setPhone(phone);
        f.setCitizenId(cccd);
        f.setYouthUnion(true);
        f.setJoinedOn(LocalDate.of(2026, 1, 5));
        List<Skill> s = em.createQuery("SELECT s FROM Skill s WHERE s.code IN :c", Skill.class)
                .setParameter("c", skills).getResultList();
        List<SpokenLanguage> l = em.createQuery("SELECT l FROM SpokenLanguage l WHERE l.code IN :c",
                SpokenLanguage.class).setParameter("c", languages).getResultList();
        Member m = new Member(c, f, team, new HashSet<>(s), new HashSet<>(l));
        em.persist(m);
        return m;
    }

    private void account(String username, String displayName, Role role, Long communeId, Long siteId, Long memberId) {
        Account a = new Account(username, displayName, hasher.generate(PASSWORD.toCharArray()), role, 1L);
        a.scopeTo(communeId, siteId, memberId);
        em.persist(a);
    }
}
