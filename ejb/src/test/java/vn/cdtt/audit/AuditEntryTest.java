package vn.cdtt.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.Messages;

/** An audit entry tells what happened in the reader's language; entries from before the message keys still read. */
class AuditEntryTest {

    private static final LocalDateTime AT = LocalDateTime.of(2030, 3, 4, 9, 15);

    @Test
    void anEntryReadsInEnglishAndKeepsItsVietnameseTextForTheSearch() {
        AuditEntry e = new AuditEntry(AT, "xa.demo", AuditAction.CREATE, "Unavailability", 7L, 1L, 2L,
                LocalizedText.of("audit.event.unavailability.added", "Nguyễn Văn An", LocalDate.of(2030, 3, 5),
                        SessionPart.AFTERNOON), null, null);

        assertEquals("Nguyễn Văn An is unavailable on 05/03/2030, Afternoon", e.summary(Messages.ENGLISH));
        assertEquals("Báo bận Nguyễn Văn An 05/03/2030 Buổi chiều", e.summary(Messages.VIETNAMESE));
        assertEquals("Báo bận Nguyễn Văn An 05/03/2030 Buổi chiều", e.getSummary());
    }

    @Test
    void anEntryWrittenBeforeTheKeysShowsItsFreeTextToEveryone() throws ReflectiveOperationException {
        AuditEntry old = new AuditEntry();
        Field summary = AuditEntry.class.getDeclaredField("summary");
        summary.setAccessible(true);
        summary.set(old, "Sửa tổ Tổ 1");

        assertEquals("Sửa tổ Tổ 1", old.summary(Messages.ENGLISH));
        assertEquals("Sửa tổ Tổ 1", old.summary(Messages.VIETNAMESE));
    }
}
