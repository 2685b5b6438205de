package vn.cdtt.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place that turns a message key into text. Vietnamese is the default language, English the second.
 * Bundles exist as {@code messages_vi} and {@code messages_en}; we never fall back to the JVM's locale.
 */
public final class Messages {

    public static final String BUNDLE = "vn.cdtt.i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Messages() {
    }

    public static Locale supported(String languageTag) {
        return "en".equalsIgnoreCase(languageTag) ? ENGLISH : VIETNAMESE;
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
        return ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The text of a key with its arguments; an argument that is a {@link LocalizedText.Label} (a field's label, say)
     * is shown as its own text in the same language.
     */
    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalizedText.Label label) {
                shown[i] = get(locale, label.key());
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public static String get(Locale locale, BusinessException e) {
        return get(locale, e.getMessageKey(), e.getArguments());
    }
}
