package vn.cdtt.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContactRulesTest {

    @Test
    void mobileNumbersAreTenDigitsWithAMobilePrefix() {
        assertTrue(ContactRules.isMobile(ContactRules.normalizeMobile("0905 123 456")));
        assertEquals("0905123456", ContactRules.normalizeMobile("+84 905-123-456"));
        assertEquals("0905123456", ContactRules.normalizeMobile("84905123456"));
        assertFalse(ContactRules.isMobile(ContactRules.normalizeMobile("0205123456")), "landline prefix");
        assertFalse(ContactRules.isMobile(ContactRules.normalizeMobile("090512345")), "9 digits");
        assertFalse(ContactRules.isMobile(ContactRules.normalizeMobile("09051234567")), "11 digits");
    }

    @Test
    void citizenIdsAreExactlyTwelveDigits() {
        assertTrue(ContactRules.isCitizenId("052201000101"));
        assertFalse(ContactRules.isCitizenId("05220100010"));
        assertFalse(ContactRules.isCitizenId("05220100010a"));
    }

    @Test
    void listsShowOnlyTheLastFourDigitsOfACitizenId() {
        assertEquals("********0101", ContactRules.maskCitizenId("052201000101"));
    }
}
