package vn.cdtt.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldingRemovesDiacriticsCaseAndTheStrokeOfD() {
        assertEquals("nguyen van an", VietnameseText.fold("  Nguyễn   Văn An "));
        assertEquals("dang thi duc", VietnameseText.fold("ĐẶNG Thị Đức"));
        assertEquals("ro mah h'bla", VietnameseText.fold("Rơ Mah H'Bla"));
        assertEquals("", VietnameseText.fold(null));
    }

    @Test
    void pastedTextLosesItsInvisibleCharactersAndNoBreakSpaces() {
        // copied from a web page or a Word table: no-break spaces, a zero-width space, a direction override
        String pasted = "\u00A0Nguy\u1EC5n\u00A0V\u0103n\u200B An\u202E\n";
        assertEquals("Nguyễn Văn An", VietnameseText.clean(pasted));
        assertEquals("nguyen van an", VietnameseText.fold(pasted));
        assertEquals("Nguyễn Văn An", VietnameseText.clean("Nguye\u0302\u0303n Va\u0306n An"), "composed");
        assertEquals(null, VietnameseText.clean(null));
    }

    @Test
    void lettersFollowTheVietnameseAlphabet() {
        assertOrder("an", "anh", "ăn", "ân", "bình", "dũng", "đức", "em", "êm", "oanh", "ôn", "ơn", "uyên", "ưng", "yến");
    }

    @Test
    void tonesDecideOnlyBetweenTheSameLetters() {
        assertOrder("ca", "cà", "cả", "cã", "cá", "cạ", "cách", "cam");
    }

    @Test
    void aShorterWordComesBeforeItsLongerForms() {
        assertOrder("an", "an bình", "anh");
    }

    private static void assertOrder(String... expected) {
        List<String> shuffled = new ArrayList<>(List.of(expected));
        java.util.Collections.reverse(shuffled);
        shuffled.sort(Comparator.comparing(VietnameseText::sortKey));
        assertEquals(List.of(expected), shuffled);
    }
}
