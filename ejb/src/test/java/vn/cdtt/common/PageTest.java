package vn.cdtt.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aTableCountsWithoutReadingRows() {
        Page<String> page = Page.of(PageRequest.totalOnly(), () -> fail("rows read"), () -> 42);
        assertEquals(List.of(), page.rows());
        assertEquals(42, page.total());
    }

    @Test
    void aTableReadsItsRowsWithoutCountingAgain() {
        Page<String> page = Page.of(PageRequest.of(40, 20).rowsOnly(), () -> List.of("a", "b"), () -> {
            fail("counted");
            return 0;
        });
        assertEquals(List.of("a", "b"), page.rows());
        assertEquals(-1, page.total());
    }

    @Test
    void anExportGetsBoth() {
        Page<String> page = Page.of(PageRequest.of(0, 500), () -> List.of("a"), () -> 1);
        assertEquals(List.of("a"), page.rows());
        assertEquals(1, page.total());
    }
}
