package vn.cdtt.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cdtt.notification.NotificationTarget;

class TargetServletTest {

    @Test
    void everyTargetLeadsToAPageThatExists() {
        for (NotificationTarget.Place place : NotificationTarget.Place.values()) {
            NotificationTarget target = place == NotificationTarget.Place.BOARD
                    ? NotificationTarget.board(7L, LocalDate.of(2027, 3, 8))
                    : new NotificationTarget(place, null, null);
            String page = TargetServlet.page(target).replaceFirst("\\?.*", "");
            assertTrue(Files.isRegularFile(Path.of("src/main/webapp" + page)), place + " → " + page);
        }
    }

    @Test
    void aBoardTargetOpensThatCommuneAndWeek() {
        assertEquals("/duty/board.xhtml?commune=7&week=2027-03-08",
                TargetServlet.page(NotificationTarget.board(7L, LocalDate.of(2027, 3, 10))));
    }
}
