package vn.cdtt.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text kept as a bundle key with its arguments, so it is written in the language of whoever reads it, when they
 * read it (audit summaries, inbox notifications). Arguments keep their kind: a date shows as dd/MM/yyyy, a time as
 * HH:mm, an enum or a {@link Label} by its bundle text in the reader's language, a number in the reader's number
 * format, anything else as it was given (names, places, reasons).
 *
 * <p>Stored as the key plus {@link #encodedArguments()}: one {@code kind:value} item per argument, separated by the
 * unit separator U+001F (which no typed text contains: it is removed from text arguments), e.g.
 * {@code s:Nguyễn Văn An␟d:2026-12-01␟k:SessionPart.MORNING}.
 */
public final class LocalizedText {

    /** An argument shown as the text of a bundle key (enum names become {@code EnumType.CONSTANT}). */
    public record Label(String key) implements java.io.Serializable {
        public Label {
            Objects.requireNonNull(key);
        }
    }

    /**
     * An argument named in both languages (a catalogue entry such as a spoken language): the reader sees the English
     * name when they read English and it is given, the Vietnamese one otherwise.
     */
    public record Name(String vi, String en) {
        public Name {
            vi = vi == null ? "" : vi.replace(String.valueOf(SEPARATOR), "").replace(String.valueOf(NAME_SEPARATOR), "");
            en = en == null ? "" : en.replace(String.valueOf(SEPARATOR), "").replace(String.valueOf(NAME_SEPARATOR), "");
        }

        public String in(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) && !en.isBlank() ? en : vi;
        }
    }

    private static final char SEPARATOR = '\u001F';
    /** Between the two names of a {@link Name} in storage. */
    private static final char NAME_SEPARATOR = '\u001E';
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** A text argument longer than this is cut: it is a name, a place or a reason, not a document. */
    private static final int MAX_TEXT_ARGUMENT = 300;

    private final String key;
    private final List<Object> arguments;

    private LocalizedText(String key, List<Object> arguments) {
        this.key = Objects.requireNonNull(key);
        this.arguments = Collections.unmodifiableList(arguments);
    }

    public static LocalizedText of(String key, Object... arguments) {
        List<Object> args = new ArrayList<>();
        for (Object a : arguments == null ? new Object[0] : arguments) {
            args.add(normalise(a));
        }
        return new LocalizedText(key, args);
    }

    public static Label label(String key) {
        return new Label(key);
    }

    private static Object normalise(Object a) {
        if (a == null) {
            return "";
        }
        if (a instanceof Enum<?> e) {
            return new Label(e.getDeclaringClass().getSimpleName() + "." + e.name());
        }
        if (a instanceof Label || a instanceof Name || a instanceof LocalDate || a instanceof LocalTime) {
            return a;
        }
        if (a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof Byte) {
            return ((Number) a).longValue();
        }
        if (a instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        String s = a.toString().replace(String.valueOf(SEPARATOR), "");
        return s.length() > MAX_TEXT_ARGUMENT ? s.substring(0, MAX_TEXT_ARGUMENT) : s;
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The text in the reader's language. */
    public String render(Locale locale) {
        return Messages.get(locale, key, localized(locale));
    }

    /** The arguments as the reader sees them: dates, times and labels turned into text; numbers stay numbers. */
    public Object[] localized(Locale locale) {
        Object[] out = new Object[arguments.size()];
        for (int i = 0; i < out.length; i++) {
            Object a = arguments.get(i);
            if (a instanceof LocalDate d) {
                out[i] = d.format(VietnamTime.DATE);
            } else if (a instanceof LocalTime t) {
                out[i] = t.format(TIME);
            } else if (a instanceof Label l) {
                out[i] = Messages.get(locale, l.key());
            } else if (a instanceof Name n) {
                out[i] = n.in(locale);
            } else {
                out[i] = a;
            }
        }
        return out;
    }

    /** The arguments for storage (see the class comment); {@code null} when there are none. */
    public String encodedArguments() {
        if (arguments.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Object a : arguments) {
            if (b.length() > 0) {
                b.append(SEPARATOR);
            }
            if (a instanceof LocalDate d) {
                b.append("d:").append(d);
            } else if (a instanceof LocalTime t) {
                b.append("t:").append(t.format(TIME));
            } else if (a instanceof Label l) {
                b.append("k:").append(l.key());
            } else if (a instanceof Name n) {
                b.append("l:").append(n.vi()).append(NAME_SEPARATOR).append(n.en());
            } else if (a instanceof Long || a instanceof BigDecimal) {
                b.append("n:").append(a);
            } else {
                b.append("s:").append(a);
            }
        }
        return b.toString();
    }

    /** The text as it was stored by {@link #key()} and {@link #encodedArguments()}. */
    public static LocalizedText decode(String key, String encodedArguments) {
        List<Object> args = new ArrayList<>();
        if (encodedArguments != null && !encodedArguments.isEmpty()) {
            for (String item : encodedArguments.split(String.valueOf(SEPARATOR), -1)) {
                String value = item.length() < 2 ? "" : item.substring(2);
                switch (item.isEmpty() ? 's' : item.charAt(0)) {
                    case 'd' -> args.add(LocalDate.parse(value));
                    case 't' -> args.add(LocalTime.parse(value));
                    case 'k' -> args.add(new Label(value));
                    case 'l' -> {
                        int at = value.indexOf(NAME_SEPARATOR);
                        args.add(at < 0 ? new Name(value, "") : new Name(value.substring(0, at), value.substring(at + 1)));
                    }
                    case 'n' -> args.add(value.contains(".") ? new BigDecimal(value) : Long.valueOf(value));
                    default -> args.add(value);
                }
            }
        }
        return new LocalizedText(key, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText t && t.key.equals(key) && t.arguments.equals(arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, arguments);
    }

    @Override
    public String toString() {
        return key + arguments;
    }
}
