package vn.cdtt.it.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.PersonName;

/**
 * The national data generator (README, "Benchmark at national size"): fills a MySQL/MariaDB database to the size of
 * the whole country – 34 provinces, 3,321 communes and wards, a service site per commune plus two provincial centre
 * sites per province, about 350,000 members in teams of five, an account for every member, coordinator, centre and
 * province, and a year of shifts (26 weeks back, 26 ahead, every opening session of every site, every seat filled:
 * about 1.77 million shifts, 3.5 million assignments and as many duty slots). Gia Lai (province 1) keeps its real
 * 135 communes from the migrations; the other provinces get generated names. The demo logins (tinh.demo, xa.demo,
 * xa2.demo, tv.demo, tt.demo, xem.demo; password {@value #PASSWORD}) exist with their communes at the national
 * average share, so the demo loader skips this database.
 * <p>
 * The schema is the application's: Flyway runs the migrations from the classpath first. Rows are written to
 * tab-separated files and loaded with {@code LOAD DATA LOCAL INFILE}, every key and check valid. Run it through
 * {@code mvn package -Pnational-data} (ear/pom.xml); system properties: {@code national.url} (JDBC URL of the
 * database, dropped and created again), {@code national.user}, {@code national.password}, {@code national.members}.
 */
public final class NationalData {

    static final String PASSWORD = "Demo@2026";
    private static final int PROVINCES = 34;
    private static final int COMMUNES = 3321;
    private static final int TEAM_SIZE = 5;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Rơ Mah", "Siu", "Ksor", "Đinh", "Rơ Châm", "Y"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Quang", "Thu", "Ngọc", "Thanh", "Đức", "Hữu",
        "Thị Kim", "Hoàng", "Xuân", "Bảo"};
    private static final String[] GIVEN = {"An", "Anh", "Ánh", "Bình", "Châu", "Cường", "Dung", "Dũng", "Giang",
        "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khoa", "Lan", "Linh", "Long", "Mai", "Minh", "Nam",
        "Ngân", "Nhung", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến", "Blơng",
        "H'Bla", "Đạt"};
    private static final String[] PLACE_1 = {"An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Long", "Mỹ", "Vĩnh",
        "Đông", "Tây", "Quảng", "Thuận", "Hưng", "Phước", "Hiệp", "Đức", "Trung", "Kim", "Ia"};
    private static final String[] PLACE_2 = {"Sơn", "Lộc", "Thành", "Lợi", "Phong", "Xuân", "Hải", "Định", "Lạc",
        "Hà", "Điền", "Khánh", "Thịnh", "Nghĩa", "Tiến", "Hội", "Yên", "Lâm", "Giang", "Mơ Nông"};
    private static final String[] ETHNICITY = {"Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Jrai", "Bahnar", "Tày",
        "Khmer"};

    private final String url;
    private final String user;
    private final String password;
    private final int memberTarget;
    private final Path dir;
    private final LocalDate today = VietnamTime.today();
    private final LocalDateTime now = VietnamTime.now().withNano(0);
    private final Map<String, PersonName> names = new HashMap<>();

    private NationalData(String url, String user, String password, int members, Path dir) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.memberTarget = members;
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        NationalData generator = new NationalData(
                System.getProperty("national.url", "jdbc:mysql://127.0.0.1:3306/cdtt_national"),
                System.getProperty("national.user", "root"), System.getProperty("national.password", ""),
                Integer.getInteger("national.members", 350_000),
                Path.of(System.getProperty("national.dir", "target/national-data")));
        generator.run();
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        recreateDatabase();
        step("schema (Flyway migrations of the application)", () -> {
            var result = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                    .load().migrate();
            return "version " + result.targetSchemaVersion;
        });
        Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection(withLocalInfile(url), user, password)) {
            try (Statement s = c.createStatement()) {
                s.execute("SET foreign_key_checks = 0");
                s.execute("SET unique_checks = 0");
            }
            Geography geo = step("provinces, communes, sites, opening sessions, holidays", () -> geography(c));
            Roster roster = step("teams, members, skills, languages, accounts", () -> roster(c, geo));
            step("a year of shifts, assignments and duty slots", () -> shifts(c, geo, roster));
            try (Statement s = c.createStatement()) {
                s.execute("SET unique_checks = 1");
                s.execute("SET foreign_key_checks = 1");
            }
            step("checks the keys skipped while loading", () -> verify(c));
            step("table statistics (ANALYZE TABLE)", () -> {
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE TABLE province, commune, service_site, site_session, team, member, account, "
                            + "shift, assignment, duty_slot");
                }
                return "";
            });
            System.out.printf("%nNational data in %s, loaded in %d s:%n", url.replaceAll("\\?.*", ""),
                    (System.nanoTime() - started) / 1_000_000_000L);
            for (String table : List.of("province", "commune", "service_site", "site_session", "team", "member",
                    "member_skill", "member_language", "account", "shift", "assignment", "duty_slot")) {
                System.out.printf("  %-16s %,12d rows%n", table, count(c, table));
            }
            System.out.printf("Shifts from %s to %s. Logins (password %s): tinh.demo, xa.demo, xa2.demo, tv.demo, "
                    + "tt.demo, xem.demo; tinh.<province code>, xa.<commune id>, tt.<site id>, tv.<member id>%n",
                    geo.from, geo.to, PASSWORD);
        }
        System.out.println("Benchmark it: mvn verify -Pbenchmark -Dbenchmark.national='" + url + "'");
    }

    // ---------------------------------------------------------------------------------------------------- geography

    record Site(long id, long communeId, String kind, Map<String, String[]> sessions) {
    }

    record Geography(Map<Long, List<Long>> communesByProvince, Map<Long, Long> provinceOfCommune,
            Map<Long, List<Site>> sitesByCommune, Set<LocalDate> holidays, LocalDate from, LocalDate to) {
    }

    private Geography geography(Connection c) throws SQLException {
        try (PreparedStatement province = c.prepareStatement(
                "INSERT INTO province (id, code, name, version, swap_cutoff_hours) VALUES (?, ?, ?, 0, 12)");
             PreparedStatement commune = c.prepareStatement("INSERT INTO commune (id, province_id, code, name, type, "
                     + "former_province, version) VALUES (?, ?, ?, ?, ?, NULL, 0)");
             PreparedStatement site = c.prepareStatement("INSERT INTO service_site (id, province_id, commune_id, kind, "
                     + "name, address, version) VALUES (?, ?, ?, ?, ?, ?, 0)")) {
            long communeId = max(c, "commune") + 1;
            long siteId = max(c, "service_site") + 1;
            int remaining = COMMUNES - count(c, "commune");
            for (int p = 2; p <= PROVINCES; p++) {
                String provinceName = "Tỉnh số " + String.format("%02d", p);
                province.setLong(1, p);
                province.setString(2, String.valueOf(100 + p));
                province.setString(3, provinceName);
                province.addBatch();
                int here = remaining / (PROVINCES - p + 1);
                remaining -= here;
                for (int j = 0; j < here; j++, communeId++) {
                    boolean ward = j % 7 == 0;
                    String name = PLACE_1[j % PLACE_1.length] + " " + PLACE_2[j / PLACE_1.length % PLACE_2.length];
                    commune.setLong(1, communeId);
                    commune.setLong(2, p);
                    commune.setString(3, String.valueOf(p * 1000 + j));
                    commune.setString(4, name);
                    commune.setString(5, ward ? "PHUONG" : "XA");
                    commune.addBatch();
                    String unit = (ward ? "phường " : "xã ") + name;
                    addSite(site, siteId++, p, communeId, "COMMUNE_CENTRE", "Trung tâm Phục vụ hành chính công " + unit,
                            (ward ? "Phường " : "Xã ") + name + ", " + provinceName);
                    if (j < 2) {
                        addSite(site, siteId++, p, communeId, "PROVINCIAL_CENTRE", "Trung tâm Phục vụ hành chính công "
                                + provinceName.toLowerCase() + " – cơ sở " + (j + 1), "Số " + (j + 1) + " đường Trung tâm, "
                                + unit + ", " + provinceName);
                    }
                }
            }
            province.executeBatch();
            commune.executeBatch();
            site.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            // every new site opens like Gia Lai's: Monday–Friday mornings and afternoons, two seats each
            s.executeUpdate("INSERT INTO site_session (site_id, day_of_week, part, start_time, end_time, seats, version) "
                    + "SELECT s.id, d.dow, p.part, p.start_time, p.end_time, 2, 0 FROM service_site s "
                    + "CROSS JOIN (SELECT 1 AS dow UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5) d "
                    + "CROSS JOIN (SELECT 'MORNING' AS part, TIME '07:30:00' AS start_time, TIME '11:30:00' AS end_time "
                    + "UNION ALL SELECT 'AFTERNOON', TIME '13:30:00', TIME '17:00:00') p "
                    + "WHERE NOT EXISTS (SELECT 1 FROM site_session x WHERE x.site_id = s.id)");
            s.executeUpdate("INSERT INTO public_holiday (province_id, holiday, name, version) "
                    + "SELECT p.id, h.holiday, h.name, 0 FROM province p CROSS JOIN public_holiday h "
                    + "WHERE h.province_id = 1 AND p.id <> 1");
        }
        Map<Long, List<Long>> communesByProvince = new TreeMap<>();
        Map<Long, Long> provinceOfCommune = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, province_id FROM commune ORDER BY province_id, id")) {
            while (r.next()) {
                communesByProvince.computeIfAbsent(r.getLong(2), k -> new ArrayList<>()).add(r.getLong(1));
                provinceOfCommune.put(r.getLong(1), r.getLong(2));
            }
        }
        Map<Long, List<Site>> sitesByCommune = new HashMap<>();
        Map<Long, Site> sites = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT s.id, s.commune_id, s.kind, x.day_of_week, x.part, x.start_time, "
                     + "x.end_time, x.seats FROM service_site s JOIN site_session x ON x.site_id = s.id ORDER BY s.id")) {
            while (r.next()) {
                Site site = sites.computeIfAbsent(r.getLong(1), id -> {
                    try {
                        Site n = new Site(id, r.getLong(2), r.getString(3), new HashMap<>());
                        sitesByCommune.computeIfAbsent(n.communeId(), k -> new ArrayList<>()).add(n);
                        return n;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                site.sessions().put(r.getInt(4) + "@" + r.getString(5),
                        new String[] {r.getString(6), r.getString(7), r.getString(8)});
            }
        }
        Set<LocalDate> holidays = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT holiday FROM public_holiday WHERE province_id = 1")) {
            while (r.next()) {
                holidays.add(r.getDate(1).toLocalDate());
            }
        }
        LocalDate from = today.with(DayOfWeek.MONDAY).minusWeeks(26);
        return new Geography(communesByProvince, provinceOfCommune, sitesByCommune, holidays, from,
                from.plusWeeks(52).minusDays(1));
    }

    private static void addSite(PreparedStatement site, long id, long province, long commune, String kind, String name,
            String address) throws SQLException {
        site.setLong(1, id);
        site.setLong(2, province);
        site.setLong(3, commune);
        site.setString(4, kind);
        site.setString(5, name);
        site.setString(6, address);
        site.addBatch();
    }

    // ------------------------------------------------------------------------------------------------------- roster

    record Roster(Map<Long, long[]> membersByCommune) {
    }

    private Roster roster(Connection c, Geography geo) throws Exception {
        long pleiku = id(c, "SELECT id FROM commune WHERE province_id = 1 AND code = '23575'");
        long quyNhon = id(c, "SELECT id FROM commune WHERE province_id = 1 AND code = '21583'");
        long pleikuSite = id(c, "SELECT id FROM service_site WHERE commune_id = " + pleiku + " AND kind = 'COMMUNE_CENTRE'");
        List<Long> skills = ids(c, "SELECT id FROM skill ORDER BY id");
        long vietnamese = id(c, "SELECT id FROM spoken_language WHERE code = 'vi'");
        List<Long> otherLanguages = ids(c, "SELECT id FROM spoken_language WHERE code NOT IN ('vi', 'khac') ORDER BY id");
        String hash = hash(PASSWORD);
        String created = now.format(DATE_TIME);

        Map<Long, long[]> membersByCommune = new LinkedHashMap<>();
        Path teams = dir.resolve("team.tsv");
        Path members = dir.resolve("member.tsv");
        Path memberSkills = dir.resolve("member_skill.tsv");
        Path memberLanguages = dir.resolve("member_language.tsv");
        Path accounts = dir.resolve("account.tsv");
        List<Long> allCommunes = geo.communesByProvince().values().stream().flatMap(List::stream).toList();
        try (Tsv team = new Tsv(teams); Tsv member = new Tsv(members); Tsv skill = new Tsv(memberSkills);
             Tsv language = new Tsv(memberLanguages); Tsv account = new Tsv(accounts)) {
            long memberId = 1;
            long teamId = 1;
            long accountId = 1;
            long tvDemo = -1;
            int communeIndex = 0;
            Map<Long, Integer> inProvince = new HashMap<>();
            for (Long communeId : allCommunes) {
                long province = geo.provinceOfCommune().get(communeId);
                int here = memberTarget / allCommunes.size() + (communeIndex++ < memberTarget % allCommunes.size() ? 1 : 0);
                long[] ids = new long[here];
                for (int k = 0; k < here; k++) {
                    ids[k] = memberId + k;
                }
                membersByCommune.put(communeId, ids);
                for (int t = 0; t * TEAM_SIZE < here; t++) {
                    long leader = ids[t * TEAM_SIZE];
                    String deputy = t * TEAM_SIZE + 1 < here ? String.valueOf(ids[t * TEAM_SIZE + 1]) : null;
                    team.row(teamId + t, province, communeId, "Tổ CNSCĐ thôn " + (t + 1), "Thôn " + (t + 1), leader,
                            deputy, 0);
                }
                for (int k = 0; k < here; k++, memberId++) {
                    int n = inProvince.merge(province, 1, Integer::sum);
                    long seed = memberId * 2_654_435_761L;
                    String full = communeId == pleiku && k == 0 ? "Nguyễn Văn An"
                            : FAMILY[(int) (seed % FAMILY.length)] + " " + MIDDLE[(int) (seed / 31 % MIDDLE.length)] + " "
                                    + GIVEN[(int) (seed / 997 % GIVEN.length)];
                    PersonName name = names.computeIfAbsent(full, PersonName::parse);
                    boolean female = name.middle().startsWith("Thị") || seed % 2 == 0;
                    LocalDate born = LocalDate.of(1990, 1, 1).plusDays(seed % (17 * 365));
                    String phone = "09" + String.format("%08d", n);
                    String citizenId = String.format("%03d", province) + (female ? "3" : "2") + String.format("%02d",
                            born.getYear() % 100) + String.format("%06d", n);
                    if (born.getYear() < 2000) {
                        citizenId = citizenId.substring(0, 3) + (female ? "1" : "0") + citizenId.substring(4);
                    }
                    LocalDate joined = LocalDate.of(2025, 1, 1).plusDays(seed % 300);
                    member.row(memberId, province, communeId, teamId + k / TEAM_SIZE, name.full(), name.family(),
                            name.middle(), name.given(), name.sortKey(), Member.searchText(name.full(), phone, citizenId),
                            born, female ? "FEMALE" : "MALE", ETHNICITY[(int) (seed / 7 % ETHNICITY.length)], phone, null,
                            citizenId, seed % 7 != 0 ? 1 : 0, "ACTIVE", joined, null, joined, created, 0);
                    skill.row(memberId, skills.get((int) (seed / 13 % skills.size())));
                    language.row(memberId, vietnamese);
                    if (seed % 5 == 0) {
                        language.row(memberId, otherLanguages.get((int) (seed / 17 % otherLanguages.size())));
                    }
                    if (communeId == pleiku && k == 0) {
                        tvDemo = memberId;
                    } else {
                        account.row(accountId++, "tv." + memberId, name.full(), hash, "MEMBER", province, communeId, null,
                                memberId, "vi", 1, created, 0, null, 1);
                    }
                }
                teamId += (here + TEAM_SIZE - 1) / TEAM_SIZE;
                account.row(accountId++, "xa." + communeId, "Bí thư Đoàn xã " + communeId, hash, "COMMUNE_COORDINATOR",
                        province, communeId, null, null, "vi", 1, created, 0, null, 1);
                for (Site site : geo.sitesByCommune().get(communeId)) {
                    account.row(accountId++, "tt." + site.id(), "Cán bộ trung tâm " + site.id(), hash, "CENTRE_STAFF",
                            province, communeId, site.id(), null, "vi", 1, created, 0, null, 1);
                }
            }
            for (Map.Entry<Long, List<Long>> p : geo.communesByProvince().entrySet()) {
                String code = p.getKey() == 1 ? "52" : String.valueOf(100 + p.getKey());
                account.row(accountId++, "tinh." + code, "Cán bộ Tỉnh đoàn " + code, hash, "PROVINCE_COORDINATOR",
                        p.getKey(), null, null, null, "vi", 1, created, 0, null, 1);
                account.row(accountId++, "xem." + code, "Sở Khoa học và Công nghệ " + code, hash, "VIEWER",
                        p.getKey(), null, null, null, "vi", 1, created, 0, null, 1);
            }
            account.row(accountId++, "tinh.demo", "Cán bộ Tỉnh đoàn (demo)", hash, "PROVINCE_COORDINATOR", 1, null, null,
                    null, "vi", 1, created, 0, null, 1);
            account.row(accountId++, "xa.demo", "Bí thư Đoàn phường Pleiku (demo)", hash, "COMMUNE_COORDINATOR", 1, pleiku,
                    null, null, "vi", 1, created, 0, null, 1);
            account.row(accountId++, "xa2.demo", "Bí thư Đoàn phường Quy Nhơn (demo)", hash, "COMMUNE_COORDINATOR", 1,
                    quyNhon, null, null, "vi", 1, created, 0, null, 1);
            account.row(accountId++, "tv.demo", "Nguyễn Văn An", hash, "MEMBER", 1, pleiku, null, tvDemo, "vi", 1, created,
                    0, null, 1);
            account.row(accountId++, "tt.demo", "Cán bộ Trung tâm PVHCC Pleiku (demo)", hash, "CENTRE_STAFF", 1, pleiku,
                    pleikuSite, null, "vi", 1, created, 0, null, 1);
            account.row(accountId, "xem.demo", "Sở Khoa học và Công nghệ (demo)", hash, "VIEWER", 1, null, null, null,
                    "vi", 1, created, 0, null, 1);
        }
        load(c, teams, "team", "id, province_id, commune_id, name, village, leader_id, deputy_id, version");
        load(c, members, "member", "id, province_id, commune_id, team_id, full_name, family_name, middle_name, "
                + "given_name, sort_key, search_text, birth_date, gender, ethnicity, phone, email, citizen_id, youth_union, "
                + "status, status_since, status_reason, joined_on, created_at, version");
        load(c, memberSkills, "member_skill", "member_id, skill_id");
        load(c, memberLanguages, "member_language", "member_id, language_id");
        load(c, accounts, "account", "id, username, display_name, password_hash, role, province_id, commune_id, site_id, "
                + "member_id, locale, enabled, created_at, version, calendar_token, email_notifications");
        return new Roster(membersByCommune);
    }

    // ------------------------------------------------------------------------------------------------------- shifts

    private String shifts(Connection c, Geography geo, Roster roster) throws Exception {
        Path shifts = dir.resolve("shift.tsv");
        Path assignments = dir.resolve("assignment.tsv");
        Path slots = dir.resolve("duty_slot.tsv");
        Map<Long, Integer> next = new HashMap<>();
        try (Tsv shift = new Tsv(shifts); Tsv assignment = new Tsv(assignments); Tsv slot = new Tsv(slots)) {
            long shiftId = 1;
            long assignmentId = 1;
            for (LocalDate day = geo.from(); !day.isAfter(geo.to()); day = day.plusDays(1)) {
                if (geo.holidays().contains(day)) {
                    continue;
                }
                boolean past = day.isBefore(today);
                String reminded = day.isAfter(today.plusDays(7)) ? null : day.minusDays(1).atTime(7, 5).format(DATE_TIME);
                LocalDateTime assignedAt = day.minusDays(10).atTime(9, 0);
                String assigned = (assignedAt.isAfter(now) ? now : assignedAt).format(DATE_TIME);
                for (String part : new String[] {"MORNING", "AFTERNOON"}) {
                    String key = day.getDayOfWeek().getValue() + "@" + part;
                    for (Map.Entry<Long, long[]> commune : roster.membersByCommune().entrySet()) {
                        long communeId = commune.getKey();
                        long[] members = commune.getValue();
                        long province = geo.provinceOfCommune().get(communeId);
                        int taken = 0;
                        for (Site site : geo.sitesByCommune().get(communeId)) {
                            String[] session = site.sessions().get(key);
                            if (session == null) {
                                continue;
                            }
                            int seats = Integer.parseInt(session[2]);
                            shift.row(shiftId, province, communeId, site.id(), day, part, session[0], session[1], seats,
                                    seats, 0);
                            for (int seat = 0; seat < seats; seat++, taken++) {
                                if (taken >= members.length) {
                                    throw new IllegalStateException("commune " + communeId + " has too few members");
                                }
                                int index = next.merge(communeId, 1, Integer::sum) % members.length;
                                long member = members[index];
                                String presenceAt = past ? day.atTime(LocalTime.parse(session[1])).format(DATE_TIME) : null;
                                assignment.row(assignmentId, shiftId, member, "xa." + communeId, assigned, null, null,
                                        past ? "PRESENT" : "UNCONFIRMED", past ? "tt." + site.id() : null, presenceAt, null,
                                        reminded, 0);
                                slot.row(assignmentId, member, day, part, "SHIFT", shiftId);
                                assignmentId++;
                            }
                            shiftId++;
                        }
                    }
                }
            }
        }
        load(c, shifts, "shift", "id, province_id, commune_id, site_id, shift_date, part, start_time, end_time, seats, "
                + "filled, version");
        load(c, assignments, "assignment", "id, shift_id, member_id, assigned_by, assigned_at, checked_in_at, "
                + "checked_out_at, presence, presence_by, presence_at, presence_note, reminded_at, version");
        load(c, slots, "duty_slot", "id, member_id, slot_date, part, duty_kind, duty_id");
        return geo.from() + " to " + geo.to();
    }

    /**
     * Foreign and unique keys were not checked while loading (that is what makes LOAD DATA fast): each is asked now,
     * with the rules the database does not hold (a team and a shift of the member's own commune).
     */
    private static String verify(Connection c) throws SQLException {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("phone twice in a province", "SELECT province_id, phone FROM member GROUP BY 1, 2 HAVING COUNT(*) > 1");
        checks.put("citizen ID twice in a province",
                "SELECT province_id, citizen_id FROM member GROUP BY 1, 2 HAVING COUNT(*) > 1");
        checks.put("member in two places at once",
                "SELECT member_id, slot_date, part FROM duty_slot GROUP BY 1, 2, 3 HAVING COUNT(*) > 1");
        checks.put("username twice", "SELECT username FROM account GROUP BY 1 HAVING COUNT(*) > 1");
        checks.put("two accounts of a member",
                "SELECT member_id FROM account WHERE member_id IS NOT NULL GROUP BY 1 HAVING COUNT(*) > 1");
        checks.put("team name twice in a commune", "SELECT commune_id, name FROM team GROUP BY 1, 2 HAVING COUNT(*) > 1");
        checks.put("member on a shift twice", "SELECT shift_id, member_id FROM assignment GROUP BY 1, 2 HAVING COUNT(*) > 1");
        checks.put("assignment without its shift, member or slot", "SELECT a.id FROM assignment a "
                + "LEFT JOIN shift s ON s.id = a.shift_id LEFT JOIN member m ON m.id = a.member_id "
                + "LEFT JOIN duty_slot d ON d.duty_kind = 'SHIFT' AND d.duty_id = a.shift_id AND d.member_id = a.member_id "
                + "WHERE s.id IS NULL OR m.id IS NULL OR d.id IS NULL OR m.commune_id <> s.commune_id "
                + "OR d.slot_date <> s.shift_date OR d.part <> s.part");
        checks.put("shift filled not as assigned", "SELECT s.id FROM shift s LEFT JOIN assignment a ON a.shift_id = s.id "
                + "GROUP BY s.id, s.filled HAVING COUNT(a.id) <> s.filled");
        checks.put("member without commune or with another commune's team", "SELECT m.id FROM member m "
                + "LEFT JOIN commune c ON c.id = m.commune_id LEFT JOIN team t ON t.id = m.team_id "
                + "WHERE c.id IS NULL OR c.province_id <> m.province_id OR t.commune_id <> m.commune_id");
        checks.put("team leader or deputy not of the team", "SELECT t.id FROM team t JOIN member l ON l.id = t.leader_id "
                + "LEFT JOIN member d ON d.id = t.deputy_id WHERE l.team_id <> t.id OR d.team_id <> t.id");
        checks.put("account without its province, commune, site or member", "SELECT a.id FROM account a "
                + "LEFT JOIN province p ON p.id = a.province_id LEFT JOIN commune c ON c.id = a.commune_id "
                + "LEFT JOIN service_site s ON s.id = a.site_id LEFT JOIN member m ON m.id = a.member_id "
                + "WHERE p.id IS NULL OR (a.commune_id IS NOT NULL AND c.id IS NULL) "
                + "OR (a.site_id IS NOT NULL AND s.id IS NULL) OR (a.member_id IS NOT NULL AND m.id IS NULL)");
        checks.put("skill or language of no member", "SELECT x.member_id FROM (SELECT member_id FROM member_skill "
                + "UNION ALL SELECT member_id FROM member_language) x LEFT JOIN member m ON m.id = x.member_id WHERE m.id IS NULL");
        for (Map.Entry<String, String> check : checks.entrySet()) {
            long broken = id(c, "SELECT COUNT(*) FROM (" + check.getValue() + ") broken");
            if (broken > 0) {
                throw new IllegalStateException(broken + " rows break a rule: " + check.getKey());
            }
        }
        return checks.size() + " rules, none broken";
    }

    // -------------------------------------------------------------------------------------------------------- tools

    /** A tab-separated file for LOAD DATA: null as \N; the generated texts hold no tab, newline or backslash. */
    private static final class Tsv implements AutoCloseable {
        private final BufferedWriter out;

        Tsv(Path file) throws IOException {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        void row(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                out.write(values[i] == null ? "\\N" : values[i].toString());
            }
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private void load(Connection c, Path file, String table, String columns) throws SQLException {
        long t = System.nanoTime();
        try (Statement s = c.createStatement()) {
            int rows = s.executeUpdate("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace('\\', '/')
                    + "' INTO TABLE " + table + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' ("
                    + columns + ")");
            System.out.printf("  loaded %-16s %,12d rows in %5.1f s%n", table, rows, (System.nanoTime() - t) / 1e9);
        }
    }

    /** What the application's Pbkdf2PasswordHash stores ("algorithm:iterations:salt:hash", today's parameters). */
    private static String hash(String secret) throws GeneralSecurityException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        int iterations = 600_000;
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(secret.toCharArray(), salt, iterations, 32 * 8)).getEncoded();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    private void recreateDatabase() throws SQLException {
        String database = url.replaceAll("^jdbc:\\w+://[^/]+/([^?]+).*$", "$1");
        String server = url.replaceAll("^(jdbc:\\w+://[^/]+/)[^?]+", "$1");
        if (!database.matches("\\w+")) {
            throw new IllegalArgumentException("national.url must name a database: " + url);
        }
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        System.out.println("Database " + database + " created (an older one of that name was dropped)");
    }

    private static String withLocalInfile(String url) {
        return url + (url.contains("?") ? "&" : "?") + "allowLoadLocalInfile=true&rewriteBatchedStatements=true";
    }

    interface Step<T> {
        T run() throws Exception;
    }

    private static <T> T step(String name, Step<T> step) throws Exception {
        long t = System.nanoTime();
        System.out.println(name + " …");
        T result = step.run();
        System.out.printf("%s: done in %.1f s%s%n", name, (System.nanoTime() - t) / 1e9,
                result instanceof String s && !s.isEmpty() ? " (" + s + ")" : "");
        return result;
    }

    private static int count(Connection c, String table) throws SQLException {
        return (int) id(c, "SELECT COUNT(*) FROM " + table);
    }

    private static long max(Connection c, String table) throws SQLException {
        return id(c, "SELECT COALESCE(MAX(id), 0) FROM " + table);
    }

    private static long id(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new IllegalStateException("nothing found: " + sql);
            }
            return r.getLong(1);
        }
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }
}
