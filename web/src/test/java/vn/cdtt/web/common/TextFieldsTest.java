package vn.cdtt.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing typed or pasted is cut short by the browser: a maxlength on a field drops the rest of a pasted text without
 * a word, and the form then saves the cut text as if it were all. Text fields take what the user gives; the rules
 * behind them (a form's or an entity's {@code @Size}, the length of the column) refuse what is too long with a
 * message next to the field. Checked on the pages' sources.
 */
class TextFieldsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void noFieldCutsWhatIsTypedOrPasted() throws IOException {
        List<String> cutting = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = Pattern.compile("<[\\w:]+\\b[^>]*\\bmaxlength=\"[^\"]*\"[^>]*>").matcher(Files.readString(page));
                while (m.find()) {
                    cutting.add(WEBAPP.relativize(page) + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), cutting, "a maxlength cuts a pasted text silently; leave the length to the rules");
    }
}
