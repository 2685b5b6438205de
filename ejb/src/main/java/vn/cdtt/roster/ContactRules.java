package vn.cdtt.roster;

import java.util.regex.Pattern;

/** Vietnamese mobile numbers and citizen IDs (CCCD): normalising, checking and masking. */
public final class ContactRules {

    /** 10 digits starting with 0, mobile prefixes 03, 05, 07, 08, 09; "+84" or "84" stand for the 0. */
    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactRules() {
    }

    /** "+84 912-345-678" → "0912345678"; anything that is not a mobile number comes back unchanged. */
    public static String normalizeMobile(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }

    public static boolean isMobile(String normalized) {
        return normalized != null && MOBILE.matcher(normalized).matches();
    }

    public static boolean isCitizenId(String id) {
        return id != null && CITIZEN_ID.matcher(id).matches();
    }

    public static boolean isEmail(String email) {
        return email != null && email.length() <= 150 && EMAIL.matcher(email).matches();
    }

    /** "079203001234" → "********1234": lists never show a full citizen ID. */
    public static String maskCitizenId(String id) {
        if (id == null || id.length() < 4) {
            return "****";
        }
        return "*".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }
}
