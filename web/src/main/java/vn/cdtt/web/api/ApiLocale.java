package vn.cdtt.web.api;

import java.util.Locale;
import vn.cdtt.common.Messages;

/** The language of an API answer: the first of Accept-Language that is Vietnamese or English; Vietnamese by default. */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.VIETNAMESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange();
                if (tag.startsWith("en")) {
                    return Messages.ENGLISH;
                }
                if (tag.startsWith("vi")) {
                    return Messages.VIETNAMESE;
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header: the default
        }
        return Messages.VIETNAMESE;
    }
}
