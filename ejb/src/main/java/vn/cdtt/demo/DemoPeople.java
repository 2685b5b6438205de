package vn.cdtt.demo;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import vn.cdtt.roster.Gender;

/**
 * Made-up members for the demo province: Kinh, Jrai and Bahnar names as they are written in Gia Lai (Jrai women's
 * given names with H', Bahnar names under the family name Đinh), birth dates of young union members, and mobile
 * numbers and citizen ID numbers that are well formed and unique but belong to nobody – every number is built
 * from the member's place in the list, so the same seed always gives the same people. Not real persons' data.
 */
final class DemoPeople {

    /** A demo member before it is stored. */
    record Person(String fullName, LocalDate born, Gender gender, String ethnicity, Set<String> languages,
                  String phone, String citizenId) {
    }

    private static final String[] KINH_FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lương", "Tạ"};
    private static final String[] KINH_MIDDLE_MALE = {"Văn", "Minh", "Quang", "Đức", "Hữu", "Thành", "Công", "Ngọc"};
    private static final String[] KINH_MIDDLE_FEMALE = {"Thị", "Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Kim", "Hồng"};
    private static final String[] KINH_GIVEN_MALE = {"An", "Bảo", "Cường", "Dũng", "Duy", "Hải", "Hiếu", "Hoàng",
        "Huy", "Khang", "Khoa", "Long", "Lực", "Nam", "Nhân", "Phát", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thịnh",
        "Tín", "Toàn", "Trung", "Tuấn", "Việt", "Vinh"};
    private static final String[] KINH_GIVEN_FEMALE = {"Anh", "Ánh", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hân",
        "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Loan", "Mai", "My", "Ngân", "Nhi", "Oanh", "Phương", "Quyên",
        "Tâm", "Thảo", "Trang", "Trâm", "Uyên", "Vy", "Yến"};
    private static final String[] JRAI_FAMILY = {"Rơ Mah", "Siu", "Ksor", "Nay", "Rah Lan", "Kpă", "Puih", "Rơ Châm",
        "Kpuih", "Rơ Ô", "Romah", "Hiao"};
    private static final String[] JRAI_GIVEN_MALE = {"Blơh", "Đoan", "Thuận", "Nguyên", "Plui", "Hyưh", "Djơ", "Kiên",
        "Lưu", "Thông", "Hrin", "Tih", "Ngan", "Byơ", "Chăm", "Wan"};
    private static final String[] JRAI_GIVEN_FEMALE = {"H'Bla", "H'Lan", "H'Nhung", "H'Yim", "H'Ngoan", "H'Dơk",
        "H'Dung", "H'Mai", "H'Phi", "H'Lưu", "H'Ni", "H'Uyên"};
    private static final String[] BAHNAR_MIDDLE_MALE = {"Văn", "", "A"};
    private static final String[] BAHNAR_MIDDLE_FEMALE = {"Thị", "", "Y"};
    private static final String[] BAHNAR_GIVEN_MALE = {"Blưn", "Hmuk", "Glông", "Byưh", "Hyum", "Tơ", "Pốt", "Krông",
        "Nhen", "Thơ", "Đốt", "Bôn"};
    private static final String[] BAHNAR_GIVEN_FEMALE = {"Hmưi", "Hlim", "Nhiên", "Yă", "Bia", "Lel", "Hnơ", "Blâu",
        "Hliêu", "Pơ", "Thanh", "Xíu"};
    /** Prefixes of Vietnamese mobile networks (never 09x, which the demo's own members and the tests use). */
    private static final String[] MOBILE = {"032", "033", "034", "035", "036", "037", "038", "039", "070", "076", "077",
        "078", "079", "081", "082", "083", "084", "085", "086", "088"};

    private final Random random;
    private int serial;

    DemoPeople(long seed) {
        this.random = new Random(seed);
    }

    /**
     * The next member. {@code highland}: a commune of the former Gia Lai, where about half the team is Jrai or
     * Bahnar; on the coast almost all are Kinh.
     */
    Person next(boolean highland) {
        int n = serial++;
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        boolean male = gender == Gender.MALE;
        int roll = random.nextInt(100);
        String ethnicity = highland ? (roll < 35 ? "Jrai" : roll < 50 ? "Bahnar" : "Kinh") : (roll < 4 ? "Bahnar" : "Kinh");
        String name;
        Set<String> languages;
        switch (ethnicity) {
            case "Jrai" -> {
                name = pick(JRAI_FAMILY) + " " + pick(male ? JRAI_GIVEN_MALE : JRAI_GIVEN_FEMALE);
                languages = random.nextInt(5) == 0 ? Set.of("vi", "jrai", "bahnar") : Set.of("vi", "jrai");
            }
            case "Bahnar" -> {
                String middle = pick(male ? BAHNAR_MIDDLE_MALE : BAHNAR_MIDDLE_FEMALE);
                name = "Đinh " + (middle.isEmpty() ? "" : middle + " ") + pick(male ? BAHNAR_GIVEN_MALE : BAHNAR_GIVEN_FEMALE);
                languages = Set.of("vi", "bahnar");
            }
            default -> {
                name = pick(KINH_FAMILY) + " " + pick(male ? KINH_MIDDLE_MALE : KINH_MIDDLE_FEMALE) + " "
                        + pick(male ? KINH_GIVEN_MALE : KINH_GIVEN_FEMALE);
                languages = Set.of("vi");
            }
        }
        LocalDate born = LocalDate.of(1992 + random.nextInt(14), 1 + random.nextInt(12), 1 + random.nextInt(28));
        // a 10-digit mobile: network prefix and 7 digits, distinct for every serial (7919 is prime to 10^7)
        String phone = MOBILE[n % MOBILE.length] + String.format("%07d", (n * 7919L + 104_729L) % 10_000_000L);
        // CCCD: province of birth (064 Gia Lai, 052 Bình Định), century and sex, year, and a serial from 500000 on
        String citizenId = (highland ? "064" : "052") + (born.getYear() >= 2000 ? (male ? 2 : 3) : (male ? 0 : 1))
                + String.format("%02d", born.getYear() % 100) + String.format("%06d", 500_000 + n);
        return new Person(name, born, gender, ethnicity, languages, phone, citizenId);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
