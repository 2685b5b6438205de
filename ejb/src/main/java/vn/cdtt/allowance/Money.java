package vn.cdtt.allowance;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts in VND as a Vietnamese finance office writes them: 1.250.000 in figures (no decimals), and in words by
 * ICU's Vietnamese spell-out rules ("Một triệu hai trăm năm mươi nghìn đồng"), never by a table of our own.
 */
public final class Money {

    private static final ULocale VIETNAMESE = new ULocale("vi");

    /**
     * The number format of amounts on a sheet: whole đồng with thousands grouped, tagged Vietnamese (LCID 042A).
     * LibreOffice Calc reads the tag and shows 1.250.000 in any language; Excel groups with the separator of the
     * computer's regional format (the tag changes date and currency words there, not separators): 1.250.000 with
     * Vietnamese (Vietnam), 1,250,000 with English (United States). Either way the cell holds the number.
     */
    public static final String SHEET_FORMAT = "[$-42A]#,##0";

    private Money() {
    }

    /** 1250000 → "1.250.000" (negative: "-50.000"), whatever the reader's locale. */
    public static String figures(long amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }

    /** 1250000 → "Một triệu hai trăm năm mươi nghìn đồng"; 0 → "Không đồng". */
    public static String words(long amount) {
        String spelled = new RuleBasedNumberFormat(VIETNAMESE, RuleBasedNumberFormat.SPELLOUT).format(amount);
        return spelled.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + spelled.substring(1) + " đồng";
    }
}
