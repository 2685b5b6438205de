package vn.cdtt.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The messages bundle: Vietnamese and English have the same keys with the same arguments, and every key the Java
 * code (ejb and web) or the pages use exists. Reads the sources of both modules (the web module's by its path next
 * to this one), so a key typed wrong in a page fails the build here rather than showing "???key???" to a user.
 *
 * <p>What counts as a key use:
 * <ul>
 *   <li>Java: a string literal shaped like a key ({@code "swap.cutoff"}) whose first part is a part the bundle
 *   uses ({@code swap}), or the first argument of {@code new …Exception(…)}, {@code Faces.…(…)} whatever its
 *   first part; a constraint's message template {@code "{training.result.required}"}; a literal ending in a dot
 *   is the start of a key built at run time and must be listed in {@link #BUILT_IN_JAVA} (or, looked up only if
 *   present, in {@link #OPTIONAL_IN_JAVA});</li>
 *   <li>pages: {@code msg['key']}, {@code msg.key}, a key-shaped string in EL whose first part the bundle uses
 *   ({@code format('import.commit', …)}),
 *   {@code <ui:param name="…Key" value="key"/>}; {@code msg['Enum.'.concat(x)]} needs a label for every constant
 *   of that enum;</li>
 *   <li>enum labels ({@code SwapStatus.ASKED}): once an enum has one label, every constant has one, and no label
 *   names a constant that does not exist.</li>
 * </ul>
 */
class MessageBundleTest {

    private static final String BUNDLE_PATH = "/" + Messages.BUNDLE.replace('.', '/');

    /** Keys built in Java from a literal prefix, with every key the prefix can produce. */
    private static final Map<String, Supplier<List<String>>> BUILT_IN_JAVA = Map.of(
            // MemberSheet.Column.key(): the import file's column headers
            "import.col.", () -> constants("vn.cdtt.roster.MemberSheet$Column").stream()
                    .map(c -> "import.col." + c.toLowerCase(Locale.ROOT)).toList(),
            // Notifier: the text and the e-mail subject of every kind of notification
            "notify.", () -> constants("vn.cdtt.notification.NotificationKind").stream()
                    .flatMap(k -> Stream.of("notify." + k, "notify." + k + ".subject")).toList(),
            // the API's problem documents (vn.cdtt.web.api.Problems, ProblemMappers): the title of every kind
            "api.problem.", () -> Stream.of("unauthorized", "access-denied", "not-found", "concurrent-change",
                    "invalid-input", "refused", "method-not-allowed", "not-acceptable", "unsupported-media-type",
                    "unexpected").map(k -> "api.problem." + k).toList());

    /**
     * Prefixes of keys looked up only if present: AuditChanges labels a changed field, else shows its name; the audit
     * log labels a record type ({@code audit.type.Member}), else shows its code name.
     */
    private static final Set<String> OPTIONAL_IN_JAVA = Set.of("member.", "team.", "account.", "site.session.",
            "catalogue.", "audit.type.");

    private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path EJB_JAVA = BASE.resolve("src/main/java");
    private static final Path WEB_JAVA = BASE.resolve("../web/src/main/java").normalize();
    private static final Path WEB_PAGES = BASE.resolve("../web/src/main/webapp").normalize();

    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+\\.?");
    private static final Pattern JAVA_LITERAL = Pattern.compile(
            "\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\.[A-Za-z0-9_]*)\"");
    private static final Pattern JAVA_KEY_ARGUMENT = Pattern.compile(
            "(?:\\bnew\\s+\\w*Exception\\(|\\bFaces\\.\\w+\\("
            + "|\\bMessages\\.get\\([^,()]+,|\\bnew\\s+Problem\\([^,()]+,)\\s*\"([^\"]+)\"");
    private static final Pattern ENUM_DECLARATION = Pattern.compile(
            "\\benum\\s+([A-Z]\\w*)\\s*(?:implements\\s+[\\w.,\\s<>]+)?\\{");
    private static final Pattern CONSTRAINT_MESSAGE = Pattern.compile(
            "\"\\{([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\\}\"");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Pattern PAGE_PROPERTY = Pattern.compile("\\bmsg\\.([A-Za-z0-9_]+)");
    private static final Pattern PAGE_PREFIX = Pattern.compile("msg\\['([^']+)'\\s*\\.concat\\(");
    private static final Pattern PAGE_EL = Pattern.compile("#\\{[^}]*}");
    private static final Pattern EL_STRING = Pattern.compile("'([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)'");
    private static final Pattern PAGE_PARAM = Pattern.compile("<ui:param\\s+name=\"\\w*Key\"\\s+value=\"([^\"#]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{[^{}]*}");
    private static final Pattern FORMAT_ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static final Map<String, String> VI = load("vi");
    private static final Map<String, String> EN = load("en");
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = enums();
    /** The first parts of the bundle's message keys (swap, member, …), not of enum labels or Faces' own keys. */
    private static final Set<String> NAMESPACES = VI.keySet().stream()
            .map(k -> k.contains(".") ? k.substring(0, k.indexOf('.')) : k)
            .filter(n -> Character.isLowerCase(n.charAt(0)) && !n.equals("jakarta")).collect(Collectors.toSet());

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() {
        Set<String> onlyVi = new TreeSet<>(VI.keySet());
        onlyVi.removeAll(EN.keySet());
        Set<String> onlyEn = new TreeSet<>(EN.keySet());
        onlyEn.removeAll(VI.keySet());

        assertTrue(onlyVi.isEmpty() && onlyEn.isEmpty(),
                "only in messages_vi: " + onlyVi + "; only in messages_en: " + onlyEn);
    }

    @Test
    void noKeyIsDefinedTwiceInAFile() {
        List<String> twice = new ArrayList<>();
        for (String language : List.of("vi", "en")) {
            Set<String> seen = new TreeSet<>();
            for (String line : lines(language)) {
                String key = keyOf(line);
                if (key != null && !seen.add(key)) {
                    twice.add("messages_" + language + ": " + key);
                }
            }
        }
        assertTrue(twice.isEmpty(), "defined twice (the last one wins silently): " + twice);
    }

    @Test
    void bothLanguagesTakeTheSameArguments() {
        List<String> differ = new ArrayList<>();
        for (String key : VI.keySet()) {
            if (EN.containsKey(key) && !arguments(VI.get(key)).equals(arguments(EN.get(key)))) {
                differ.add(key + " vi " + arguments(VI.get(key)) + " en " + arguments(EN.get(key)));
            }
        }
        assertTrue(differ.isEmpty(), "arguments differ: " + differ);
    }

    /** MessageFormat reads a single ' as the start of quoted text: "the site's {0}" would lose its argument. */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() {
        List<String> broken = new ArrayList<>();
        for (var bundle : Map.of("vi", VI, "en", EN).entrySet()) {
            bundle.getValue().forEach((key, text) -> {
                if (FORMAT_ARGUMENT.matcher(text).find() && LONE_APOSTROPHE.matcher(text).find()) {
                    broken.add("messages_" + bundle.getKey() + ": " + key + "=" + text);
                }
            });
        }
        assertTrue(broken.isEmpty(), "write '' for an apostrophe in a message with arguments: " + broken);
    }

    @Test
    void everyKeyUsedInJavaExists() {
        Map<String, Set<String>> missing = new TreeMap<>();
        Set<String> unknownPrefixes = new TreeSet<>();
        for (Path file : files(".java", EJB_JAVA, WEB_JAVA)) {
            String code = read(file);
            Set<String> keys = new TreeSet<>();
            Matcher m = JAVA_LITERAL.matcher(code);
            while (m.find()) {
                String literal = m.group(1);
                if (NAMESPACES.contains(literal.substring(0, literal.indexOf('.')))) {
                    keys.add(literal);
                }
            }
            m = JAVA_KEY_ARGUMENT.matcher(code);
            while (m.find()) {
                if (KEY_SHAPE.matcher(m.group(1)).matches()) {
                    keys.add(m.group(1));
                }
            }
            m = CONSTRAINT_MESSAGE.matcher(code);
            while (m.find()) {
                keys.add(m.group(1));
            }
            for (String key : keys) {
                if (key.endsWith(".")) {
                    if (BUILT_IN_JAVA.containsKey(key)) {
                        BUILT_IN_JAVA.get(key).get().forEach(k -> checkExists(k, file, missing));
                    } else if (!OPTIONAL_IN_JAVA.contains(key)) {
                        unknownPrefixes.add(key + " in " + file.getFileName());
                    }
                } else {
                    checkExists(key, file, missing);
                }
            }
        }
        assertTrue(missing.isEmpty() && unknownPrefixes.isEmpty(), "used in Java but missing in the bundles: "
                + missing + "; keys built from a prefix this test does not know (add the prefix and the keys it "
                + "builds to BUILT_IN_JAVA): " + unknownPrefixes);
    }

    @Test
    void everyKeyUsedInThePagesExists() {
        Map<String, Set<String>> missing = new TreeMap<>();
        List<String> unknownPrefixes = new ArrayList<>();
        for (Path page : files(".xhtml", WEB_PAGES)) {
            String xhtml = read(page);
            for (Pattern p : List.of(PAGE_KEY, PAGE_PROPERTY, PAGE_PARAM)) {
                Matcher m = p.matcher(xhtml);
                while (m.find()) {
                    checkExists(m.group(1), page, missing);
                }
            }
            Matcher el = PAGE_EL.matcher(xhtml);
            while (el.find()) {
                Matcher s = EL_STRING.matcher(el.group());
                while (s.find()) {
                    if (NAMESPACES.contains(s.group(1).substring(0, s.group(1).indexOf('.')))) {
                        checkExists(s.group(1), page, missing);
                    }
                }
            }
            Matcher m = PAGE_PREFIX.matcher(xhtml);
            while (m.find()) {
                String prefix = m.group(1);
                Class<? extends Enum<?>> type = enumNamed(prefix.substring(0, prefix.indexOf('.')));
                if (type == null) {
                    unknownPrefixes.add(prefix + " in " + page.getFileName());
                    continue;
                }
                for (Enum<?> constant : type.getEnumConstants()) {
                    checkExists(prefix + constant.name(), page, missing);
                }
            }
        }
        assertTrue(missing.isEmpty() && unknownPrefixes.isEmpty(), "used in pages but missing in the bundles: "
                + missing + "; msg['prefix'.concat(…)] is checked for enum labels (Enum.CONSTANT) only, these "
                + "prefixes name no enum: " + unknownPrefixes);
    }

    @Test
    void everyLabelledEnumHasALabelForEachConstantAndNoOther() {
        Map<String, Set<String>> labelled = new TreeMap<>();
        for (String key : VI.keySet()) {
            if (Character.isUpperCase(key.charAt(0)) && key.contains(".")) {
                labelled.computeIfAbsent(key.substring(0, key.lastIndexOf('.') + 1), p -> new TreeSet<>())
                        .add(key.substring(key.lastIndexOf('.') + 1));
            }
        }
        List<String> problems = new ArrayList<>();
        labelled.forEach((prefix, names) -> {
            Class<? extends Enum<?>> type = enumNamed(prefix.substring(0, prefix.indexOf('.')));
            if (type == null) {
                problems.add(prefix + "* labels no enum of the application");
                return;
            }
            Set<String> constants = Stream.of(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> unlabelled = new TreeSet<>(constants);
            unlabelled.removeAll(names);
            Set<String> stale = new TreeSet<>(names);
            stale.removeAll(constants);
            if (!unlabelled.isEmpty()) {
                problems.add(prefix + " has no label for " + unlabelled);
            }
            if (!stale.isEmpty()) {
                problems.add(prefix + " labels constants that do not exist: " + stale);
            }
        });
        assertTrue(problems.isEmpty(), String.join("; ", problems));
    }

    // --- helpers

    private static void checkExists(String key, Path where, Map<String, Set<String>> missing) {
        if (!VI.containsKey(key) || !EN.containsKey(key)) {
            String languages = (VI.containsKey(key) ? "" : "vi") + (EN.containsKey(key) ? "" : " en");
            missing.computeIfAbsent(key + " (" + languages.trim() + ")", k -> new TreeSet<>())
                    .add(String.valueOf(where.getFileName()));
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** The enum a label prefix names: an enum of the application by its simple name, or java.time's DayOfWeek. */
    private static Class<? extends Enum<?>> enumNamed(String simpleName) {
        return simpleName.equals("DayOfWeek") ? java.time.DayOfWeek.class : ENUMS.get(simpleName);
    }

    /** The enums declared in the ejb module, by simple name (a nested one as Outer$Inner). */
    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends Enum<?>>> enums() {
        Map<String, Class<? extends Enum<?>>> found = new TreeMap<>();
        for (Path file : files(".java", EJB_JAVA)) {
            String type = EJB_JAVA.relativize(file).toString().replace(".java", "")
                    .replace(file.getFileSystem().getSeparator(), ".");
            Matcher m = ENUM_DECLARATION.matcher(read(file));
            while (m.find()) {
                String name = m.group(1);
                String className = type.endsWith("." + name) ? type : type + "$" + name;
                try {
                    found.put(name, (Class<? extends Enum<?>>) Class.forName(className));
                } catch (ClassNotFoundException e) {
                    throw new AssertionError("enum " + name + " of " + file + " is not the class " + className, e);
                }
            }
        }
        return found;
    }

    private static List<String> constants(String enumClass) {
        try {
            return Stream.of(Class.forName(enumClass).getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the bundle test enumerates " + enumClass + ", which is gone: update it", e);
        }
    }

    private static Map<String, String> load(String language) {
        Properties p = new Properties();
        try (InputStream in = Objects.requireNonNull(MessageBundleTest.class.getResourceAsStream(
                BUNDLE_PATH + "_" + language + ".properties"), "messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    private static List<String> lines(String language) {
        try (InputStream in = MessageBundleTest.class.getResourceAsStream(BUNDLE_PATH + "_" + language + ".properties")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String keyOf(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#") || s.startsWith("!")) {
            return null;
        }
        Matcher m = Pattern.compile("^([^=:\\s]+)").matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** Paths are resolved from the ejb module ({@code ${basedir}}, surefire's working directory). */
    private static List<Path> files(String suffix, Path... roots) {
        List<Path> found = new ArrayList<>();
        for (Path dir : roots) {
            assertTrue(Files.isDirectory(dir), "no sources at " + dir);
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(f -> f.toString().endsWith(suffix)).sorted().forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(!found.isEmpty(), "no " + suffix + " files under " + List.of(roots));
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
