package vn.cdtt.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.MemberStatus;

/** A stored text reads in the language of whoever reads it, with its names, dates and labels intact. */
class LocalizedTextTest {

    private static final LocalDate DAY = LocalDate.of(2030, 3, 4);

    @Test
    void oneAssignmentReadsInVietnameseAndInEnglish() {
        LocalizedText text = LocalizedText.of("audit.event.shift.assigned", "Nguyễn Văn An", "Điểm Pleiku", DAY,
                SessionPart.MORNING);

        assertEquals("Phân công Nguyễn Văn An trực Điểm Pleiku 04/03/2030 Buổi sáng", text.render(Messages.VIETNAMESE));
        assertEquals("Assigned Nguyễn Văn An to the shift at Điểm Pleiku on 04/03/2030, Morning",
                text.render(Messages.ENGLISH));
    }

    @Test
    void whatIsStoredReadsBackTheSameInEitherLanguage() {
        LocalizedText text = LocalizedText.of("audit.event.training.planned", "Nhà văn hoá làng Ia Kênh", DAY,
                LocalTime.of(7, 30), LocalTime.of(9, 0));

        LocalizedText back = LocalizedText.decode(text.key(), text.encodedArguments());

        assertEquals(text, back);
        assertEquals("Planned the training session at Nhà văn hoá làng Ia Kênh on 04/03/2030, 07:30–09:00",
                back.render(Messages.ENGLISH));
        assertEquals("Lên kế hoạch buổi tập huấn Nhà văn hoá làng Ia Kênh 04/03/2030 07:30–09:00",
                back.render(Messages.VIETNAMESE));
    }

    @Test
    void anEnumIsShownByItsLabelInTheReadersLanguage() {
        LocalizedText stored = LocalizedText.decode("audit.event.member.status",
                LocalizedText.of("audit.event.member.status", "Lê Thị Hoa", MemberStatus.PAUSED).encodedArguments());

        assertEquals("Changed the status of Lê Thị Hoa: Paused", stored.render(Messages.ENGLISH));
        assertEquals("Đổi trạng thái Lê Thị Hoa: " + Messages.get(Messages.VIETNAMESE, "MemberStatus.PAUSED"),
                stored.render(Messages.VIETNAMESE));
    }

    @Test
    void countsUseTheReadersNumberFormat() {
        LocalizedText text = LocalizedText.decode("audit.event.member.importedAll",
                LocalizedText.of("audit.event.member.importedAll", 10000, "ds.xlsx").encodedArguments());

        assertEquals("Imported 10,000 members from file ds.xlsx", text.render(Messages.ENGLISH));
        assertEquals("Nhập 10.000 thành viên từ tệp ds.xlsx", text.render(Messages.VIETNAMESE));
    }

    @Test
    void aTypedSeparatorCannotShiftTheArguments() {
        LocalizedText text = LocalizedText.of("audit.event.swap.cutoff", "a\u001Fs:b");

        LocalizedText back = LocalizedText.decode(text.key(), text.encodedArguments());

        assertEquals(1, back.arguments().size());
        assertEquals("as:b", back.arguments().get(0));
    }

    @Test
    void aTextWithoutArgumentsStoresNone() {
        LocalizedText text = LocalizedText.of("audit.event.demo.loaded");

        assertNull(text.encodedArguments());
        assertEquals("Loaded the demo data", LocalizedText.decode(text.key(), null).render(Messages.ENGLISH));
    }

    @Test
    void everyAuditEventReadsInBothLanguagesWithAllItsArguments() {
        for (Locale locale : new Locale[] {Messages.VIETNAMESE, Messages.ENGLISH}) {
            ResourceBundle bundle = Messages.bundle(locale);
            for (String key : Collections.list(bundle.getKeys())) {
                if (key.startsWith("audit.event.")) {
                    String text = LocalizedText.of(key, "A0", "A1", "A2", "A3", "A4").render(locale);
                    assertFalse(text.contains("{") || text.contains("???"), locale + " " + key + ": " + text);
                }
            }
        }
    }
}
