package vn.cdtt.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text for search and sorting. {@link #fold} removes diacritics and case ("Nguyễn Văn Đạt" →
 * "nguyen van dat", đ → d) so that searches ignore them. {@link #sortKey} turns a word into a plain ASCII key
 * whose binary order is the Vietnamese alphabetical order (a ă â b c d đ e ê … o ô ơ … u ư …, then the tones
 * ngang, huyền, hỏi, ngã, sắc, nặng), so the database can sort and page by it with any collation.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** Invisible characters pasted along with text: zero-width spaces and joiners, direction overrides, BOMs. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");
    /** Any run of blanks, including the no-break spaces of web pages and Word, and control characters. */
    private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = blanks(text.replace('đ', 'd').replace('Đ', 'D'));
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Collapses blanks (no-break spaces and line breaks too) and trims, drops invisible characters (zero-width
     * spaces, direction overrides), in Unicode NFC; null stays null.
     */
    public static String clean(String text) {
        return text == null ? null : nfc(blanks(text));
    }

    private static String blanks(String text) {
        return BLANKS.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").trim();
    }

    /**
     * The composed (NFC) form of a text: Vietnamese typed or pasted on some systems arrives decomposed ("e" + two
     * combining marks for "ễ"), which looks the same but is stored, compared and counted differently. Everything
     * the application stores goes through here first, so equal-looking texts are equal. Null stays null.
     */
    public static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Sort key of a phrase: letters by the Vietnamese alphabet first (primary), then tones (secondary), so
     * "An" &lt; "Ân" &lt; "Anh" &lt; "Bình" and "Ca" &lt; "Cà" &lt; "Cả" &lt; "Cá".
     */
    public static String sortKey(String phrase) {
        String text = clean(phrase) == null ? "" : clean(phrase).toLowerCase(new Locale("vi"));
        StringBuilder primary = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (c == ' ') {
                primary.append('!');
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            // look at the marks that follow this base letter
            int variant = 0;
            int tone = 0;
            int j = i + 1;
            while (j < nfd.length() && Character.getType(nfd.charAt(j)) == Character.NON_SPACING_MARK) {
                char m = nfd.charAt(j);
                switch (m) {
                    case '\u0306' -> variant = 1;              // breve: ă
                    case '\u0302' -> variant = c == 'a' ? 2 : 1; // circumflex: â ê ô
                    case '\u031B' -> variant = c == 'o' ? 2 : 1; // horn: ơ ư
                    case '\u0300' -> tone = 1;                 // huyền
                    case '\u0309' -> tone = 2;                 // hỏi
                    case '\u0303' -> tone = 3;                 // ngã
                    case '\u0301' -> tone = 4;                 // sắc
                    case '\u0323' -> tone = 5;                 // nặng
                    default -> { }
                }
                j++;
            }
            char base = c;
            if (c == 'đ') {
                base = 'd';
                variant = 1;
            }
            primary.append(base).append((char) ('0' + variant));
            tones.append((char) ('0' + tone));
        }
        // words are joined by '!' and the tones follow a blank: blank < '!' < digits < letters, in ASCII and in
        // MySQL's collations alike, so "An" < "An Bình" < "Anh" and letters decide before tones
        return primary.append(' ').append(tones).toString();
    }
}
