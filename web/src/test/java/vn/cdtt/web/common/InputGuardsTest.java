package vn.cdtt.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.Uploads;

/** Dates are never silently moved, and the upload limit is one number: checked on the pages' sources. */
class InputGuardsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    /**
     * Every date and time field is the one tag WEB-INF/tags/date.xhtml: its picker reads what is typed strictly
     * (PrimeFaces resolves SMART by default: 31/02 becomes 29/02) and keeps the keyboard (with PrimeFaces' default
     * showOnFocus the calendar takes it, and what the user types is lost). A bare p:datePicker elsewhere has neither.
     */
    @Test
    void everyDateFieldIsTheTagThatReadsWhatIsTypedStrictly() throws IOException {
        List<String> bare = new ArrayList<>();
        int fields = 0;
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String source = Files.readString(page);
                if (page.endsWith(Path.of("WEB-INF", "tags", "date.xhtml"))) {
                    Matcher picker = Pattern.compile("<p:datePicker\\b[^>]*>").matcher(source);
                    assertTrue(picker.find(), "the tag is a date picker");
                    assertTrue(picker.group().contains("resolverStyle=\"STRICT\""), picker.group());
                    assertTrue(picker.group().contains("showOnFocus=\"false\""), picker.group());
                    continue;
                }
                Matcher m = Pattern.compile("<p:(datePicker|calendar)\\b[^>]*>").matcher(source);
                while (m.find()) {
                    bare.add(page + ": " + m.group());
                }
                fields += Pattern.compile("<cdtt:date\\b").matcher(source).results().count();
            }
        }
        assertTrue(fields > 20, "the pages have date fields: " + fields);
        assertEquals(List.of(), bare, "use <cdtt:date> (WEB-INF/tags/date.xhtml)");
    }

    @Test
    void noPageConvertsTypedDatesOrTimesLeniently() throws IOException {
        List<String> lenient = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                // an input's converter is a child element of the input or view parameter, never of h:outputText
                Matcher m = Pattern.compile("<(f:viewParam|p:input\\w*|h:input\\w*)\\b[^>]*[^/]>\\s*"
                        + "<f:convertDateTime").matcher(Files.readString(page));
                while (m.find()) {
                    lenient.add(page + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), lenient, "use cdtt.isoDate / cdtt.time, which are strict");
    }

    /**
     * No p:spinner: it cuts a number outside its min/max to the bound, or drops it and keeps the old value, without a
     * word. Numbers are plain number fields, refused by the rules with a message next to them.
     */
    @Test
    void noPageCutsANumberSilentlyWithASpinner() throws IOException {
        List<String> spinners = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = Pattern.compile("<p:spinner\\b[^>]*>").matcher(Files.readString(page));
                while (m.find()) {
                    spinners.add(page + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), spinners, "use a plain number field (p:inputText a:type=\"number\")");
    }

    @Test
    void strictConvertersRefuseWhatDoesNotExist() {
        assertThrows(DateTimeParseException.class, () -> StrictIsoDate.parse("2026-02-31"));
        assertEquals(LocalDate.of(2028, 2, 29), StrictIsoDate.parse("2028-02-29"));
        assertThrows(DateTimeParseException.class, () -> StrictTime.parse("24:00"));
        assertThrows(DateTimeParseException.class, () -> StrictTime.parse("08:75"));
        assertEquals(LocalTime.of(7, 30), StrictTime.parse("07:30"));
    }

    @Test
    void theContainerAndTheApplicationShareOneUploadLimit() throws IOException {
        String webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));
        Matcher file = Pattern.compile("<max-file-size>(\\d+)</max-file-size>").matcher(webXml);
        Matcher request = Pattern.compile("<max-request-size>(\\d+)</max-request-size>").matcher(webXml);
        assertTrue(file.find() && request.find());
        assertEquals(Uploads.MAX_REQUEST_BYTES, Long.parseLong(file.group(1)));
        assertEquals(Uploads.MAX_REQUEST_BYTES, Long.parseLong(request.group(1)));
        assertEquals(10, Uploads.maxMegabytes());
        assertFalse(Files.readString(WEBAPP.resolve("roster/import.xhtml")).contains("sizeLimit"),
                "no second number in a page");
    }

    @Test
    void onlyMultipartPostsAboveTheLimitAreRefusedByTheFilter() {
        long over = Uploads.MAX_REQUEST_BYTES + 1;
        assertTrue(UploadLimitFilter.tooLarge("POST", "multipart/form-data; boundary=x", over));
        assertFalse(UploadLimitFilter.tooLarge("POST", "multipart/form-data; boundary=x", Uploads.MAX_REQUEST_BYTES));
        assertFalse(UploadLimitFilter.tooLarge("POST", "application/x-www-form-urlencoded", over));
        assertFalse(UploadLimitFilter.tooLarge("GET", null, -1));
    }
}
