package vn.cdtt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;

/** The distribution list keeps valid addresses once each, in the order typed, and refuses a wrong one by name. */
class ReportSettingsTest {

    @Test
    void addressesAreCleanedAndKeptOnce() {
        ReportSettings s = new ReportSettings(1L);
        s.setRecipients(" Tinh.Doan@example.vn;so.khcn@example.vn\n tinh.doan@example.vn ,, ");
        assertEquals(List.of("tinh.doan@example.vn", "so.khcn@example.vn"), s.list());
        s.setRecipients("");
        assertEquals(List.of(), s.list());
    }

    @Test
    void aWrongAddressIsNamed() {
        ReportSettings s = new ReportSettings(1L);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> s.setRecipients("a@example.vn, khong-phai-thu"));
        assertEquals("weekly.recipients.invalid", e.getMessageKey());
        assertEquals("khong-phai-thu", e.getArguments()[0]);
    }

    @Test
    void atMostTwentyAddresses() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= ReportSettings.MAX_RECIPIENTS; i++) {
            many.append("nguoi").append(i).append("@example.vn,");
        }
        assertThrows(InvalidInputException.class, () -> new ReportSettings(1L).setRecipients(many.toString()));
    }
}
