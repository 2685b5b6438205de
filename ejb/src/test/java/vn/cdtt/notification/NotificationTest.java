package vn.cdtt.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.Messages;
import vn.cdtt.duty.SwapStatus;

/** An inbox message is read in the reader's language, whatever language it was sent in. */
class NotificationTest {

    @Test
    void aMessageSentInVietnameseReadsInEnglish() {
        Notification n = new Notification(5L, NotificationKind.SWAP_DECIDED,
                Notification.textOf(NotificationKind.SWAP_DECIDED, "Điểm Pleiku", LocalDate.of(2030, 3, 4),
                        vn.cdtt.commune.SessionPart.MORNING, SwapStatus.APPROVED),
                Messages.VIETNAMESE, null, null, LocalDateTime.of(2030, 3, 1, 8, 0));

        assertEquals("Swap of the shift at Điểm Pleiku on 04/03/2030, Morning: approved.", n.message(Messages.ENGLISH));
        assertEquals(n.getMessage(), n.message(Messages.VIETNAMESE), "as sent, for a Vietnamese reader");
    }

    @Test
    void aMessageStoredBeforeTheArgumentsWereKeptReadsAsItWasSent() throws ReflectiveOperationException {
        Notification old = new Notification();
        set(old, "kind", NotificationKind.REMINDER);
        set(old, "message", "Nhắc lịch: ngày mai bạn trực.");

        assertEquals("Nhắc lịch: ngày mai bạn trực.", old.message(Messages.ENGLISH));
    }

    private static void set(Object o, String field, Object value) throws ReflectiveOperationException {
        Field f = Notification.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(o, value);
    }
}
