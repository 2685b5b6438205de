package vn.cdtt.demo;

import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.cdtt.account.Account;
import vn.cdtt.autoroster.DutyPreference;
import vn.cdtt.autoroster.PlanMember.DutyPreferences;
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
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.roster.Team;
import vn.cdtt.security.Role;

/**
 * Demo mode: xã Biển Hồ, where automatic rostering shows why it exists. Twenty members with different availability
 * (three students in class on weekday mornings, two selling at Monday's market, three at a training in Pleiku on
 * Wednesday and Thursday), seven who speak Jrai, and wishes (mornings, afternoons, days to avoid, fewer but fuller
 * days); the commune centre opens Monday to Friday and Saturday morning. This week is planned; next week has no
 * shift yet: the commune coordinator ({@value #COORDINATOR}) starts *Tự động xếp lịch* on it and reads how the
 * proposal beats the quick fill – more shifts with a Jrai speaker, more sessions members prefer, fewer they avoid.
 * Nothing is solved at start-up. Called once from {@link DemoData}.
 */
public final class AutoRosterDemo {

    /** Xã Biển Hồ. */
    public static final String COMMUNE_CODE = "23590";
    /** The commune coordinator's demo login. */
    public static final String COORDINATOR = "bienho.demo";

    /** A demo member: who they are, what they speak, what they wish and when next week they cannot come. */
    record Volunteer(String name, String born, Gender gender, String ethnicity, String phone, String citizenId,
                     Set<String> languages, DutyPreferences wishes, Set<String> awayNextWeek, String awayReason) {
    }

    private static final Set<String> JRAI = Set.of("vi", "jrai");
    private static final Set<String> VI = Set.of("vi");
    private static final Set<String> WEEKDAY_MORNINGS = Set.of("MONDAY@MORNING", "TUESDAY@MORNING",
            "WEDNESDAY@MORNING", "THURSDAY@MORNING", "FRIDAY@MORNING");
    private static final Set<String> TRAINING_DAYS = Set.of("WEDNESDAY@MORNING", "WEDNESDAY@AFTERNOON",
            "THURSDAY@MORNING", "THURSDAY@AFTERNOON");
    private static final Set<String> MONDAY = Set.of("MONDAY@MORNING", "MONDAY@AFTERNOON");
    private static final String CLASSES = "Lịch học trên lớp";
    private static final String TRAINING = "Tập huấn ở Pleiku";
    private static final String MARKET = "Bán hàng ở chợ phiên";

    /** The members of Biển Hồ (the demo's only data of the commune besides its site, plans and account). */
    static final List<Volunteer> VOLUNTEERS = List.of(
            new Volunteer("Nguyễn Thị Ánh", "2003-02-11", Gender.FEMALE, "Kinh", "0905623501", "064203000201", VI,
                    wishes(Set.of(), Set.of(DayOfWeek.MONDAY), Set.of(SessionPart.AFTERNOON), Set.of(), false), Set.of(), null),
            new Volunteer("Trần Văn Bảo", "2001-06-02", Gender.MALE, "Kinh", "0905623502", "064201000202", VI,
                    wishes(Set.of(), Set.of(), Set.of(), Set.of(SessionPart.MORNING), false), Set.of(), null),
            new Volunteer("Nay Blơh", "1999-10-20", Gender.MALE, "Jrai", "0905623503", "064199000203", JRAI,
                    wishes(Set.of(), Set.of(), Set.of(SessionPart.AFTERNOON), Set.of(SessionPart.MORNING), false),
                    MONDAY, MARKET),
            new Volunteer("Lê Thị Cúc", "2000-01-15", Gender.FEMALE, "Kinh", "0905623504", "064200000204", VI,
                    wishes(Set.of(), Set.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), Set.of(SessionPart.MORNING),
                            Set.of(), false), Set.of(), null),
            new Volunteer("Rah Lan Đoan", "1998-04-03", Gender.MALE, "Jrai", "0905623505", "064198000205", JRAI,
                    wishes(Set.of(DayOfWeek.FRIDAY), Set.of(), Set.of(), Set.of(), false),
                    TRAINING_DAYS, TRAINING),
            new Volunteer("Đỗ Văn Dũng", "2002-09-09", Gender.MALE, "Kinh", "0905623506", "064202000206", VI,
                    wishes(Set.of(DayOfWeek.FRIDAY), Set.of(DayOfWeek.MONDAY), Set.of(), Set.of(), false), Set.of(), null),
            new Volunteer("Hoàng Thị Giang", "2004-12-24", Gender.FEMALE, "Kinh", "0905623507", "064204000207", VI,
                    wishes(Set.of(DayOfWeek.SATURDAY), Set.of(), Set.of(), Set.of(), false), WEEKDAY_MORNINGS, CLASSES),
            new Volunteer("Vũ Văn Hải", "1997-07-07", Gender.MALE, "Kinh", "0905623508", "064197000208", VI,
                    wishes(Set.of(DayOfWeek.MONDAY), Set.of(), Set.of(SessionPart.MORNING), Set.of(), false), Set.of(), null),
            new Volunteer("Bùi Thị Hằng", "2001-03-30", Gender.FEMALE, "Kinh", "0905623509", "064201000209", VI,
                    wishes(Set.of(), Set.of(), Set.of(), Set.of(SessionPart.AFTERNOON), true), Set.of(), null),
            new Volunteer("Đặng Văn Khoa", "2000-11-11", Gender.MALE, "Kinh", "0905623510", "064200000210", VI,
                    wishes(Set.of(DayOfWeek.WEDNESDAY), Set.of(), Set.of(), Set.of(), false),
                    TRAINING_DAYS, TRAINING),
            new Volunteer("Puih H'Lan", "2002-05-19", Gender.FEMALE, "Jrai", "0905623511", "064202000211",
                    Set.of("vi", "jrai", "bahnar"),
                    wishes(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), Set.of(), Set.of(), Set.of(), true), Set.of(), null),
            new Volunteer("Ngô Thị Linh", "2005-08-01", Gender.FEMALE, "Kinh", "0905623512", "064205000212", VI,
                    wishes(Set.of(), Set.of(), Set.of(SessionPart.AFTERNOON), Set.of(), false), WEEKDAY_MORNINGS, CLASSES),
            new Volunteer("Phan Văn Minh", "1996-02-29", Gender.MALE, "Kinh", "0905623513", "064196000213", VI,
                    wishes(Set.of(DayOfWeek.SATURDAY), Set.of(), Set.of(), Set.of(), false), Set.of(), null),
            new Volunteer("Kpă Nguyên", "1999-12-05", Gender.MALE, "Jrai", "0905623514", "064199000214", JRAI,
                    wishes(Set.of(), Set.of(DayOfWeek.MONDAY), Set.of(), Set.of(), false), Set.of(), null),
            new Volunteer("Siu H'Nhung", "2003-03-08", Gender.FEMALE, "Jrai", "0905623515", "064203000215", JRAI,
                    wishes(Set.of(), Set.of(), Set.of(SessionPart.MORNING), Set.of(), false), Set.of(), null),
            new Volunteer("Trương Thị Ngọc", "2002-10-10", Gender.FEMALE, "Kinh", "0905623516", "064202000216", VI,
                    wishes(Set.of(), Set.of(), Set.of(), Set.of(), true), Set.of(), null),
            new Volunteer("Lý Văn Phúc", "1998-01-01", Gender.MALE, "Kinh", "0905623517", "064198000217", VI,
                    wishes(Set.of(), Set.of(), Set.of(), Set.of(), false),
                    TRAINING_DAYS, TRAINING),
            new Volunteer("Rơ Mah Thuận", "2000-06-16", Gender.MALE, "Jrai", "0905623518", "064200000218", JRAI,
                    wishes(Set.of(), Set.of(), Set.of(SessionPart.AFTERNOON), Set.of(), false), MONDAY, MARKET),
            new Volunteer("Phạm Thị Vân", "2004-04-14", Gender.FEMALE, "Kinh", "0905623519", "064204000219", VI,
                    wishes(Set.of(), Set.of(DayOfWeek.FRIDAY), Set.of(), Set.of(), false), WEEKDAY_MORNINGS, CLASSES),
            new Volunteer("Ksor H'Yim", "2001-09-27", Gender.FEMALE, "Jrai", "0905623520", "064201000220", JRAI,
                    wishes(Set.of(), Set.of(DayOfWeek.FRIDAY), Set.of(SessionPart.MORNING), Set.of(), false), Set.of(), null));

    private final EntityManager em;
    private final DutySlots slots;
    private final Pbkdf2PasswordHash hasher;

    public AutoRosterDemo(EntityManager em, DutySlots slots, Pbkdf2PasswordHash hasher) {
        this.em = em;
        this.slots = slots;
        this.hasher = hasher;
    }

    private static DutyPreferences wishes(Set<DayOfWeek> preferredDays, Set<DayOfWeek> avoidedDays,
                                          Set<SessionPart> preferredParts, Set<SessionPart> avoidedParts,
                                          boolean fewerDays) {
        return new DutyPreferences(preferredDays, avoidedDays, preferredParts, avoidedParts, fewerDays);
    }

    /** Loads Biển Hồ's demo (once, with the rest of the demo data, in the caller's transaction). */
    public void load(LocalDateTime now) {
        Commune bienHo = em.createQuery("SELECT c FROM Commune c WHERE c.code = :code", Commune.class)
                .setParameter("code", COMMUNE_CODE).getSingleResult();
        ServiceSite centre = em.createQuery("SELECT s FROM ServiceSite s WHERE s.commune = :c "
                + "AND s.kind = vn.cdtt.commune.SiteKind.COMMUNE_CENTRE", ServiceSite.class)
                .setParameter("c", bienHo).getSingleResult();
        if (centre.getSessions().stream().noneMatch(s -> s.getDayOfWeek() == DayOfWeek.SATURDAY)) {
            centre.open(DayOfWeek.SATURDAY, SessionPart.MORNING, LocalTime.of(7, 30), LocalTime.of(11, 30),
                    SiteSession.DEFAULT_SEATS);
        }
        Team team = new Team(bienHo, "Tổ CNSCĐ xã Biển Hồ", "Thôn 1 – làng Ia Lang");
        em.persist(team);
        List<Member> members = new java.util.ArrayList<>();
        LocalDate nextMonday = now.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        for (Volunteer v : VOLUNTEERS) {
            Member m = new Member(bienHo, form(v), team, Set.of(), new HashSet<>(languages(v.languages())));
            em.persist(m);
            em.flush();
            members.add(m);
            if (!v.wishes().isEmpty()) {
                DutyPreference p = new DutyPreference(m.getId());
                p.change(v.wishes().preferredDays(), v.wishes().avoidedDays(), v.wishes().preferredParts(),
                        v.wishes().avoidedParts(), v.wishes().fewerDays(), now);
                em.persist(p);
            }
            for (String away : v.awayNextWeek()) {
                String[] when = away.split("@");
                LocalDate day = nextMonday.with(TemporalAdjusters.nextOrSame(DayOfWeek.valueOf(when[0])));
                SessionPart part = SessionPart.valueOf(when[1]);
                Unavailability u = new Unavailability(m.getId(), bienHo.getId(), day, part, v.awayReason(), now);
                em.persist(u);
                em.flush();
                slots.take(m.getId(), day, part, DutyKind.UNAVAILABLE, u.getId(), "unavailable.busy");
            }
        }
        team.appoint(members.get(0), members.get(members.size() - 1));
        planThisWeek(centre, members, now);
        Account coordinator = new Account(COORDINATOR, "Bí thư Đoàn xã Biển Hồ (demo)",
                hasher.generate(DemoData.PASSWORD.toCharArray()), Role.COMMUNE_COORDINATOR, 1L);
        coordinator.scopeTo(bienHo.getId(), null, null);
        em.persist(coordinator);
        em.flush();
    }

    /** This week's sessions from today on, two members each in turn, as the coordinator planned them by hand. */
    private void planThisWeek(ServiceSite centre, List<Member> members, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        int next = 0;
        for (LocalDate day = today; !day.isAfter(sunday); day = day.plusDays(1)) {
            for (SiteSession session : centre.getSessions()) {
                if (session.getDayOfWeek() != day.getDayOfWeek()) {
                    continue;
                }
                Shift shift = new Shift(session, day);
                em.persist(shift);
                em.flush();
                for (int seat = 0; seat < shift.getSeats(); seat++) {
                    Member m = members.get(next++ % members.size());
                    shift.assign(m, "system", day.atStartOfDay().minusDays(3));
                    slots.take(m.getId(), day, shift.getPart(), DutyKind.SHIFT, shift.getId(), "shift.member.busy",
                            m.getFullName());
                }
            }
        }
    }

    private List<SpokenLanguage> languages(Set<String> codes) {
        return em.createQuery("SELECT l FROM SpokenLanguage l WHERE l.code IN :c", SpokenLanguage.class)
                .setParameter("c", codes).getResultList();
    }

    private static MemberForm form(Volunteer v) {
        MemberForm f = new MemberForm();
        f.setFullName(v.name());
        f.setBirthDate(LocalDate.parse(v.born()));
        f.setGender(v.gender());
        f.setEthnicity(v.ethnicity());
        f.setPhone(v.phone());
        f.setCitizenId(v.citizenId());
        f.setYouthUnion(true);
        f.setJoinedOn(LocalDate.of(2026, 1, 5));
        return f;
    }
}
