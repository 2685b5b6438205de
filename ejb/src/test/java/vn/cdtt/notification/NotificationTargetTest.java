package vn.cdtt.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationTargetTest {

    @Test
    void aBoardTargetNamesTheCommuneAndTheMondayOfTheWeek() {
        NotificationTarget board = NotificationTarget.board(7L, LocalDate.of(2027, 3, 11));
        assertEquals("BOARD/7/2027-03-08", board.code());
        assertEquals(Optional.of(board), NotificationTarget.parse(board.code()));
    }

    @Test
    void everyCodeReadsBack() {
        for (NotificationTarget t : new NotificationTarget[] {NotificationTarget.MY_SHIFTS, NotificationTarget.OPEN_BOARD,
                new NotificationTarget(NotificationTarget.Place.BOARD, null, null)}) {
            assertEquals(Optional.of(t), NotificationTarget.parse(t.code()));
        }
    }

    @Test
    void oldPageLinksAndGarbageLeadNowhere() {
        for (String code : new String[] {null, "", "me/shifts.xhtml", "BOARD/7", "BOARD/x/2027-03-08",
                "BOARD/7/2027-02-31", "MY_SHIFTS/7/2027-03-08"}) {
            assertTrue(NotificationTarget.parse(code).isEmpty(), code);
        }
    }

    @Test
    void onlyABoardHasACommuneAndAWeek() {
        assertThrows(IllegalArgumentException.class,
                () -> new NotificationTarget(NotificationTarget.Place.MY_SHIFTS, 7L, LocalDate.of(2027, 3, 8)));
        assertThrows(IllegalArgumentException.class,
                () -> new NotificationTarget(NotificationTarget.Place.BOARD, 7L, null));
    }
}
