package vn.cdtt.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cdtt.account.Account;
import vn.cdtt.account.AccountService;
import vn.cdtt.allowance.AllowancePolicy;
import vn.cdtt.allowance.AllowanceStatements;
import vn.cdtt.allowance.PolicyForm;
import vn.cdtt.allowance.StatementState;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.CommuneType;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.commune.SiteSession;
import vn.cdtt.rating.DeclarationForm;
import vn.cdtt.rating.RatingCriterion;
import vn.cdtt.rating.RatingDeclaration;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.Skill;
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.roster.Team;
import vn.cdtt.security.ActingAs;
import vn.cdtt.security.Role;
import vn.cdtt.training.TargetGroup;
import vn.cdtt.training.TrainingPlan;
import vn.cdtt.training.TrainingResult;
import vn.cdtt.training.TrainingSession;
import vn.cdtt.training.TrainingTopic;

/**
 * Demo mode: the rest of the province at work, so that a newcomer sees a province as it would run rather than 133
 * empty communes. Every commune besides the three demo communes gets a team or two of members (Kinh, Jrai and Bahnar
 * names, made up), its own coordinator login {@code xa.<commune code>}, and every session of every site staffed
 * from the first day of last month to the end of this week – attended before today. Last week sets the ratings: most
 * communes did everything (GREEN); some fell short on one or two points (YELLOW: a seat left empty, members absent,
 * no training in the month, the outreach declaration still waiting for the province); a few lost their team leader
 * and let last week go (RED). Last month's allowance statements of the GREEN and YELLOW communes are submitted and
 * wait for the province's approval. Pleiku and Biển Hồ keep their own demos (only their days before today are
 * filled in); Quy Nhơn gets members enough for its two centres (no team yet) and keeps its empty last week. Written
 * in bulk – members and teams through the entities, shifts, assignments and duty slots in JDBC batches, the
 * statements by the province's one computation, then each commune's submission through the service – in the
 * start-up's one transaction, after {@link RatingDemo}. Off with {@code cdtt.demo.province=false} (env
 * CDTT_DEMO_PROVINCE; the integration tests build their own data, and DemoProvinceIT loads this and rolls it back).
 */
@Singleton
@Startup
@DependsOn("RatingDemo")
public class ProvinceDemo {

    private static final Logger LOG = Logger.getLogger(ProvinceDemo.class.getName());
    static final String PLEIKU = "23575";
    static final String QUY_NHON = "21583";
    private static final long SEED = 20_260_115L;
    private static final String BY = "system";

    /** How a commune did last week. */
    enum Profile { GREEN, SEAT_SHORT, ABSENT, NO_TRAINING, WAITING, RED, OWN_DEMO }

    /** What the load wrote (for the log and the test). */
    public record Loaded(int communes, int members, int shifts, int assignments, int submitted, long millis) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/cdtt")
    DataSource dataSource;

    @Inject
    Pbkdf2PasswordHash hasher;

    @EJB
    AllowanceStatements statements;

    @Inject
    @ConfigProperty(name = "cdtt.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "cdtt.demo.province", defaultValue = "true")
    boolean province;

    @PostConstruct
    void start() {
        if (!demo || !province || em.createQuery("SELECT a.id FROM Account a WHERE a.username = 'tinh.demo'",
                Long.class).getResultList().isEmpty() || !em.createQuery("SELECT a.id FROM Account a WHERE "
                + "a.username LIKE 'xa.2%'", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Loaded loaded = load(VietnamTime.now());
        LOG.info("Demo province loaded in " + loaded.millis() + " ms: " + loaded);
    }

    /** The commune coordinator's demo login of a commune (not for the three demo communes, which have theirs). */
    public static String coordinator(String communeCode) {
        return "xa." + communeCode;
    }

    /** Loads the province's demo as of {@code now}, in the caller's transaction. */
    public Loaded load(LocalDateTime now) {
        long started = System.nanoTime();
        LocalDate today = now.toLocalDate();
        LocalDate thisMonday = today.with(DayOfWeek.MONDAY);
        LocalDate lastMonday = thisMonday.minusWeeks(1);
        LocalDate sunday = thisMonday.plusDays(6);
        YearMonth pastMonth = YearMonth.from(today).minusMonths(1);
        LocalDate from = pastMonth.atDay(1).isBefore(lastMonday) ? pastMonth.atDay(1) : lastMonday;
        Commune pleiku = commune(PLEIKU);
        Long provinceId = pleiku.getProvince().getId();
        DemoPeople people = new DemoPeople(SEED);
        List<Skill> skills = em.createQuery("SELECT s FROM Skill s ORDER BY s.id", Skill.class).getResultList();
        Map<String, SpokenLanguage> languages = new HashMap<>();
        em.createQuery("SELECT l FROM SpokenLanguage l", SpokenLanguage.class).getResultList()
                .forEach(l -> languages.put(l.getCode(), l));
        List<Commune> communes = em.createQuery("SELECT c FROM Commune c WHERE c.province.id = :p ORDER BY c.code",
                Commune.class).setParameter("p", provinceId).getResultList();
        Map<Long, List<ServiceSite>> sites = new HashMap<>();
        em.createQuery("SELECT DISTINCT s FROM ServiceSite s LEFT JOIN FETCH s.sessions WHERE s.commune.province.id = :p "
                + "ORDER BY s.id", ServiceSite.class).setParameter("p", provinceId).getResultList()
                .forEach(s -> sites.computeIfAbsent(s.getCommune().getId(), k -> new ArrayList<>()).add(s));
        Set<LocalDate> holidays = new HashSet<>(em.createQuery("SELECT h.holiday FROM PublicHoliday h WHERE "
                + "h.provinceId = :p AND h.holiday BETWEEN :f AND :t", LocalDate.class).setParameter("p", provinceId)
                .setParameter("f", from).setParameter("t", sunday).getResultList());
        Map<Long, List<Member>> existing = new HashMap<>();
        em.createQuery("SELECT m FROM Member m WHERE m.provinceId = :p AND m.status = vn.cdtt.roster.MemberStatus.ACTIVE "
                + "ORDER BY m.sortKey", Member.class).setParameter("p", provinceId).getResultList()
                .forEach(m -> existing.computeIfAbsent(m.getCommune().getId(), k -> new ArrayList<>()).add(m));

        // members and teams, through the entities (names sort and search as real ones), one flush
        Map<Long, Profile> profiles = new LinkedHashMap<>();
        Map<Long, List<Member>> crews = new HashMap<>();
        List<Team[]> teams = new ArrayList<>();
        int added = 0;
        for (Commune c : communes) {
            Profile profile = profile(c, people);
            profiles.put(c.getId(), profile);
            boolean highland = !"Bình Định".equals(c.getFormerProvince());
            int needed = Math.max(6, busiestSession(sites.getOrDefault(c.getId(), List.of())) + 4);
            if (profile == Profile.OWN_DEMO) {
                List<Member> crew = new ArrayList<>(existing.getOrDefault(c.getId(), List.of()));
                if (c.getCode().equals(QUY_NHON)) { // three members cannot staff two centres: new members, no team yet
                    for (int i = crew.size(); i < needed; i++) {
                        crew.add(member(c, null, people.next(highland), skills, languages, people));
                        added++;
                    }
                }
                crews.put(c.getId(), crew);
                continue;
            }
            int size = needed + people.nextInt(6);
            Team first = team(c, 1, highland);
            Team second = size >= 10 ? team(c, 2, highland) : null;
            List<Member> crew = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                crew.add(member(c, second != null && i % 2 == 1 ? second : first, people.next(highland), skills,
                        languages, people));
            }
            added += size;
            crews.put(c.getId(), crew);
            teams.add(new Team[] {first, second});
        }
        em.flush();
        for (Team[] pair : teams) {
            Commune c = pair[0].getCommune();
            if (profiles.get(c.getId()) == Profile.RED) {
                continue; // the leader moved away and nobody has been appointed since
            }
            List<Member> crew = crews.get(c.getId());
            pair[0].appoint(crew.get(0), crew.get(2));
            if (pair[1] != null) {
                pair[1].appoint(crew.get(1), crew.get(3));
            }
        }

        String hash = hasher.generate(DemoData.PASSWORD.toCharArray());
        for (Commune c : communes) {
            if (profiles.get(c.getId()) != Profile.OWN_DEMO) {
                Account a = new Account(coordinator(c.getCode()), "Bí thư Đoàn " + (c.getType() == CommuneType.PHUONG ? "phường " : "xã ")
                        + c.getName() + " (demo)", hash,
                        Role.COMMUNE_COORDINATOR, provinceId);
                a.scopeTo(c.getId(), null, null);
                em.persist(a);
            }
        }
        LocalDate lastThursday = lastMonday.plusDays(3);
        List<Object[]> trainingSlots = new ArrayList<>();
        for (Commune c : communes) {
            Profile p = profiles.get(c.getId());
            if (p != Profile.OWN_DEMO && p != Profile.RED && p != Profile.NO_TRAINING) {
                List<Member> crew = crews.get(c.getId());
                TrainingSession s = training(c, lastThursday, crew.get(0), crew.get(crew.size() - 1), people, now);
                trainingSlots.add(new Object[] {s, crew.get(0), crew.get(crew.size() - 1)});
            }
        }
        declare(communes, profiles, lastMonday, now);
        em.flush();

        int[] written;
        try {
            written = duty(provinceId, communes, profiles, crews, sites, holidays, trainingSlots, from, sunday,
                    lastMonday, today, now);
        } catch (SQLException e) {
            throw new IllegalStateException("demo province: " + e.getMessage(), e);
        }
        em.clear();
        int submitted = submit(provinceId, communes, profiles, pastMonth, now);
        return new Loaded(profiles.size(), added, written[0], written[1], submitted,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * How the commune did last week, drawn from the seeded random: about six in ten GREEN, three YELLOW (each for one
     * reason), one RED; the demo communes as their own demos made them.
     */
    private static Profile profile(Commune c, DemoPeople people) {
        if (c.getCode().equals(PLEIKU) || c.getCode().equals(QUY_NHON) || c.getCode().equals(AutoRosterDemo.COMMUNE_CODE)) {
            return Profile.OWN_DEMO;
        }
        int roll = people.nextInt(100);
        return roll < 58 ? Profile.GREEN : roll < 66 ? Profile.SEAT_SHORT : roll < 74 ? Profile.ABSENT
                : roll < 82 ? Profile.NO_TRAINING : roll < 90 ? Profile.WAITING : Profile.RED;
    }

    /** The most seats any one session of the week needs across the commune's sites. */
    private static int busiestSession(List<ServiceSite> sites) {
        Map<String, Integer> seats = new HashMap<>();
        for (ServiceSite site : sites) {
            for (SiteSession s : site.getSessions()) {
                seats.merge(s.getDayOfWeek() + "@" + s.getPart(), s.getSeats(), Integer::sum);
            }
        }
        return seats.values().stream().mapToInt(Integer::intValue).max().orElse(2);
    }

    private Member member(Commune c, Team team, DemoPeople.Person p, List<Skill> skills,
                          Map<String, SpokenLanguage> languages, DemoPeople people) {
        Set<Skill> own = new HashSet<>();
        own.add(skills.get(people.nextInt(skills.size())));
        own.add(skills.get(people.nextInt(skills.size())));
        Set<SpokenLanguage> speaks = new HashSet<>();
        p.languages().stream().filter(languages::containsKey).forEach(code -> speaks.add(languages.get(code)));
        Member m = new Member(c, form(p), team, own, speaks);
        em.persist(m);
        return m;
    }

    private Team team(Commune c, int n, boolean highland) {
        String village = c.getType() == CommuneType.PHUONG ? "Tổ dân phố " + (n * 3 - 1)
                : highland && n == 2 ? "Làng Plei " + (c.getName().length() % 2 == 0 ? "Ring" : "Kly") : "Thôn " + (n * 2);
        Team t = new Team(c, "Tổ CNSCĐ " + village.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                + village.substring(1), village);
        em.persist(t);
        return t;
    }

    private static MemberForm form(DemoPeople.Person p) {
        MemberForm f = new MemberForm();
        f.setFullName(p.fullName());
        f.setBirthDate(p.born());
        f.setGender(p.gender());
        f.setEthnicity(p.ethnicity());
        f.setPhone(p.phone());
        f.setCitizenId(p.citizenId());
        f.setYouthUnion(true);
        f.setJoinedOn(LocalDate.of(2026, 1, 5));
        return f;
    }

    /** An evening training of last Thursday at the commune's cultural house, held, with its figures. */
    private TrainingSession training(Commune c, LocalDate day, Member lead, Member assistant, DemoPeople people,
                                     LocalDateTime now) {
        TrainingPlan form = new TrainingPlan();
        form.setPlace("Nhà văn hoá " + (c.getType() == CommuneType.PHUONG ? "tổ dân phố 2" : "thôn 2"));
        form.setDate(day);
        form.setStartTime(LocalTime.of(18, 30));
        form.setEndTime(LocalTime.of(20, 30));
        form.setCapacity(40);
        TrainingSession s = new TrainingSession(c, BY, now);
        s.plan(form, lead, Set.of(assistant), new HashSet<>(some(TrainingTopic.class, people)),
                new HashSet<>(some(TargetGroup.class, people)), new HashSet<>(some(SpokenLanguage.class, people)), now);
        em.persist(s);
        int participants = 15 + people.nextInt(25);
        int male = participants * (35 + people.nextInt(30)) / 100;
        int old = participants / 4;
        int young = participants / 10;
        TrainingResult r = new TrainingResult();
        r.setParticipants(participants);
        r.setMale(male);
        r.setFemale(participants - male);
        r.setUnder16(young);
        r.setAge16to59(participants - young - old);
        r.setAge60plus(old);
        r.setEthnicMinority(participants / 3);
        r.setVneidActivated(participants / 2);
        r.setDossiersFiled(people.nextInt(6));
        r.setEpaymentOpened(people.nextInt(5));
        s.record(r, BY, now);
        return s;
    }

    private final Map<Class<?>, List<?>> catalogues = new HashMap<>();

    @SuppressWarnings("unchecked")
    private <T> List<T> some(Class<T> type, DemoPeople people) {
        List<T> all = (List<T>) catalogues.computeIfAbsent(type, t -> em.createQuery("SELECT e FROM "
                + t.getSimpleName() + " e ORDER BY e.id", t).getResultList());
        return all.isEmpty() ? List.of() : List.of(all.get(people.nextInt(Math.min(all.size(), 4))));
    }

    /**
     * Last week's two declarations: confirmed by the province, except the outreach of the WAITING communes (still
     * waiting) and nothing at all from the RED ones.
     */
    private void declare(List<Commune> communes, Map<Long, Profile> profiles, LocalDate monday, LocalDateTime now) {
        Map<String, RatingCriterion> criteria = new HashMap<>();
        em.createQuery("SELECT c FROM RatingCriterion c WHERE c.provinceId = :p AND c.kind = "
                        + "vn.cdtt.rating.CriterionKind.DECLARED AND c.validFrom <= :m AND (c.validTo IS NULL OR "
                        + "c.validTo >= :m)", RatingCriterion.class)
                .setParameter("p", communes.get(0).getProvince().getId()).setParameter("m", monday).getResultList()
                .forEach(c -> criteria.put(c.getCode(), c));
        for (Commune c : communes) {
            Profile p = profiles.get(c.getId());
            if (p == Profile.OWN_DEMO || p == Profile.RED) {
                continue;
            }
            for (RatingCriterion criterion : criteria.values()) {
                boolean plan = criterion.getCode().equals("KE-HOACH");
                DeclarationForm f = new DeclarationForm();
                f.setFirstDay(monday);
                f.setLastDay(monday);
                f.setWho("Bí thư Đoàn " + c.getName());
                f.setTask(plan ? "Ban hành kế hoạch hoạt động tháng của các tổ" : "Tuyên truyền VNeID trên loa truyền thanh và Zalo");
                f.setDeadline(monday.plusDays(4));
                f.setResponsibility(plan ? "Đoàn xã chủ trì, tổ trưởng thực hiện" : "Tổ trưởng các tổ");
                f.setResult(plan ? "Kế hoạch hoạt động tháng (dữ liệu mẫu)" : "2 buổi phát loa, 1 bài đăng");
                f.setAuthority("Ban Thường vụ Đoàn " + c.getName());
                f.setEvidence(plan ? "Bản kế hoạch đã ký (dữ liệu mẫu)" : "Đường dẫn bài đăng trên trang Zalo (dữ liệu mẫu)");
                RatingDeclaration d = new RatingDeclaration(c.getId(), criterion, f, coordinator(c.getCode()), now);
                if (plan || p != Profile.WAITING) {
                    d.confirm("tinh.demo", now);
                }
                em.persist(d);
            }
        }
    }

    /**
     * Every session of every site from {@code from} to {@code sunday} that has no shift yet, staffed in turn by the
     * commune's members free then (JDBC batches, one statement per kind of row for the whole province): present
     * before today, absent for a quarter of last week's seats in the ABSENT communes, one seat short last Friday in
     * the SEAT_SHORT ones, nothing last week in the RED ones and Quy Nhơn; Pleiku and Biển Hồ only before today.
     */
    private int[] duty(Long provinceId, List<Commune> communes, Map<Long, Profile> profiles,
                       Map<Long, List<Member>> crews, Map<Long, List<ServiceSite>> sites, Set<LocalDate> holidays,
                       List<Object[]> trainings, LocalDate from, LocalDate sunday, LocalDate lastMonday,
                       LocalDate today, LocalDateTime now) throws SQLException {
        LocalDate lastSunday = lastMonday.plusDays(6);
        int shifts = 0;
        int assignments = 0;
        try (Connection db = dataSource.getConnection()) {
            Set<String> planned = new HashSet<>();
            Set<String> busy = new HashSet<>();
            long firstNew;
            try (PreparedStatement q = db.prepareStatement("SELECT site_id, shift_date, part FROM shift WHERE "
                    + "province_id = ? AND shift_date BETWEEN ? AND ?")) {
                q.setLong(1, provinceId);
                q.setDate(2, Date.valueOf(from));
                q.setDate(3, Date.valueOf(sunday));
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        planned.add(r.getLong(1) + "@" + r.getDate(2).toLocalDate() + "@" + r.getString(3));
                    }
                }
            }
            try (PreparedStatement q = db.prepareStatement("SELECT member_id, slot_date, part FROM duty_slot WHERE "
                    + "slot_date BETWEEN ? AND ?")) {
                q.setDate(1, Date.valueOf(from));
                q.setDate(2, Date.valueOf(sunday));
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        busy.add(r.getLong(1) + "@" + r.getDate(2).toLocalDate() + "@" + r.getString(3));
                    }
                }
            }
            try (PreparedStatement q = db.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM shift");
                 ResultSet r = q.executeQuery()) {
                r.next();
                firstNew = r.getLong(1) + 1;
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO shift (province_id, commune_id, site_id, "
                    + "shift_date, part, start_time, end_time, seats, filled, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)")) {
                for (Commune c : communes) {
                    Profile profile = profiles.get(c.getId());
                    boolean own = profile == Profile.OWN_DEMO;
                    boolean skipLastWeek = profile == Profile.RED || c.getCode().equals(QUY_NHON);
                    boolean onlyPast = own && !c.getCode().equals(QUY_NHON);
                    for (ServiceSite site : sites.getOrDefault(c.getId(), List.of())) {
                        for (LocalDate day = from; !day.isAfter(sunday); day = day.plusDays(1)) {
                            boolean lastWeek = !day.isBefore(lastMonday) && !day.isAfter(lastSunday);
                            if (holidays.contains(day) || (skipLastWeek && lastWeek) || (onlyPast && !day.isBefore(today))) {
                                continue;
                            }
                            for (SiteSession s : site.getSessions()) {
                                if (s.getDayOfWeek() != day.getDayOfWeek()
                                        || planned.contains(site.getId() + "@" + day + "@" + s.getPart())) {
                                    continue;
                                }
                                insert.setLong(1, provinceId);
                                insert.setLong(2, c.getId());
                                insert.setLong(3, site.getId());
                                insert.setDate(4, Date.valueOf(day));
                                insert.setString(5, s.getPart().name());
                                insert.setTime(6, Time.valueOf(s.getStartTime()));
                                insert.setTime(7, Time.valueOf(s.getEndTime()));
                                insert.setInt(8, s.getSeats());
                                insert.addBatch();
                                if (++shifts % 1000 == 0) {
                                    insert.executeBatch();
                                }
                            }
                        }
                    }
                }
                insert.executeBatch();
            }
            Map<Long, Commune> byId = new HashMap<>();
            communes.forEach(c -> byId.put(c.getId(), c));
            Map<Long, Integer> turn = new HashMap<>();
            Set<Long> shortDone = new HashSet<>();
            Timestamp assignedAt = Timestamp.valueOf(now);
            try (PreparedStatement q = db.prepareStatement("SELECT id, commune_id, shift_date, part, start_time, "
                    + "end_time, seats FROM shift WHERE province_id = ? AND id >= ? ORDER BY shift_date, part, commune_id, site_id");
                 PreparedStatement assign = db.prepareStatement("INSERT INTO assignment (shift_id, member_id, "
                         + "assigned_by, assigned_at, presence, presence_by, presence_at, presence_note, checked_in_at, "
                         + "pinned, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, 0)");
                 PreparedStatement slot = db.prepareStatement("INSERT INTO duty_slot (member_id, slot_date, part, "
                         + "duty_kind, duty_id) VALUES (?, ?, ?, ?, ?)")) {
                q.setLong(1, provinceId);
                q.setLong(2, firstNew);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        long shiftId = r.getLong(1);
                        long communeId = r.getLong(2);
                        LocalDate day = r.getDate(3).toLocalDate();
                        String part = r.getString(4);
                        LocalTime start = r.getTime(5).toLocalTime();
                        LocalTime end = r.getTime(6).toLocalTime();
                        int seats = r.getInt(7);
                        Profile profile = profiles.get(communeId);
                        boolean lastWeek = !day.isBefore(lastMonday) && !day.isAfter(lastSunday);
                        if (profile == Profile.SEAT_SHORT && lastWeek && day.getDayOfWeek() == DayOfWeek.FRIDAY
                                && shortDone.add(communeId)) {
                            seats--; // the second member fell ill and nobody took the seat
                        }
                        List<Member> crew = crews.getOrDefault(communeId, List.of());
                        int next = turn.getOrDefault(communeId, 0);
                        int filled = 0;
                        for (int tried = 0; tried < crew.size() && filled < seats; tried++) {
                            Member m = crew.get(next++ % crew.size());
                            if (!busy.add(m.getId() + "@" + day + "@" + part)) {
                                continue;
                            }
                            filled++;
                            assignments++;
                            boolean past = day.isBefore(today);
                            boolean absent = past && lastWeek && profile == Profile.ABSENT && (assignments % 4 == 0);
                            assign.setLong(1, shiftId);
                            assign.setLong(2, m.getId());
                            assign.setString(3, BY);
                            assign.setTimestamp(4, Timestamp.valueOf(day.minusDays(3).atTime(16, 0)
                                    .isBefore(now) ? day.minusDays(3).atTime(16, 0) : now));
                            assign.setString(5, past ? (absent ? "ABSENT" : "PRESENT") : "UNCONFIRMED");
                            assign.setString(6, past ? BY : null);
                            assign.setTimestamp(7, past ? Timestamp.valueOf(day.atTime(end)) : null);
                            assign.setString(8, past ? (absent ? "Vắng không báo trước (dữ liệu mẫu)" : "Theo sổ trực (dữ liệu mẫu)") : null);
                            assign.setTimestamp(9, past && !absent ? Timestamp.valueOf(day.atTime(start).minusMinutes(
                                    5 + (assignments % 10))) : null);
                            assign.addBatch();
                            slot.setLong(1, m.getId());
                            slot.setDate(2, Date.valueOf(day));
                            slot.setString(3, part);
                            slot.setString(4, "SHIFT");
                            slot.setLong(5, shiftId);
                            slot.addBatch();
                            if (assignments % 1000 == 0) {
                                assign.executeBatch();
                                slot.executeBatch();
                            }
                        }
                        turn.put(communeId, next);
                    }
                }
                for (Object[] t : trainings) {
                    TrainingSession s = (TrainingSession) t[0];
                    for (int i = 1; i <= 2; i++) {
                        for (SessionPart part : s.parts()) {
                            slot.setLong(1, ((Member) t[i]).getId());
                            slot.setDate(2, Date.valueOf(s.getDate()));
                            slot.setString(3, part.name());
                            slot.setString(4, "TRAINING");
                            slot.setLong(5, s.getId());
                            slot.addBatch();
                        }
                    }
                }
                assign.executeBatch();
                slot.executeBatch();
            }
            try (PreparedStatement fill = db.prepareStatement("UPDATE shift SET filled = (SELECT COUNT(*) FROM "
                    + "assignment a WHERE a.shift_id = shift.id) WHERE province_id = ? AND id >= ?")) {
                fill.setLong(1, provinceId);
                fill.setLong(2, firstNew);
                fill.executeUpdate();
            }
        }
        return new int[] {shifts, assignments};
    }

    /**
     * Last month's statements: the province computes every commune's month once, then each GREEN or YELLOW commune
     * submits its own (as its coordinator, through the service, so the province is notified), ready to approve.
     */
    private int submit(Long provinceId, List<Commune> communes, Map<Long, Profile> profiles, YearMonth month,
                       LocalDateTime now) {
        if (em.createQuery("SELECT p.id FROM AllowancePolicy p WHERE p.provinceId = :p AND p.communeId IS NULL "
                        + "AND p.validFrom <= :d AND (p.validTo IS NULL OR p.validTo >= :d)", Long.class)
                .setParameter("p", provinceId).setParameter("d", month.atDay(1)).getResultList().isEmpty()) {
            PolicyForm f = DemoData.demoPolicy();
            f.setValidFrom(month.atDay(1));
            f.setValidTo(month.atEndOfMonth());
            em.persist(new AllowancePolicy(provinceId, null, f, "demo", now));
            em.flush();
        }
        ActingAs.run("tinh.demo", () -> statements.computeProvince(month));
        em.flush();
        em.clear();
        Map<Long, String> codes = new HashMap<>();
        communes.forEach(c -> codes.put(c.getId(), c.getCode()));
        int submitted = 0;
        for (Object[] st : em.createQuery("SELECT s.id, s.version, s.communeId, s.total FROM AllowanceStatement s "
                        + "WHERE s.provinceId = :p AND s.monthStart = :m AND s.state = :open ORDER BY s.communeId",
                        Object[].class)
                .setParameter("p", provinceId).setParameter("m", month.atDay(1)).setParameter("open", StatementState.OPEN)
                .getResultList()) {
            Profile p = profiles.get((Long) st[2]);
            if (p == null || p == Profile.OWN_DEMO || p == Profile.RED || ((Number) st[3]).longValue() <= 0) {
                continue;
            }
            // each commune's month in a persistence context of its own: its lines only, not the province's
            em.flush();
            em.clear();
            ActingAs.run(coordinator(codes.get((Long) st[2])),
                    () -> statements.submit((Long) st[0], ((Number) st[1]).longValue()));
            submitted++;
        }
        em.flush();
        em.clear();
        return submitted;
    }

    private Commune commune(String code) {
        return em.createQuery("SELECT c FROM Commune c WHERE c.code = :c", Commune.class).setParameter("c", code)
                .getSingleResult();
    }
}
