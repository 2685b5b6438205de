package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.commune.SiteKind;
import vn.cdtt.commune.SiteSession;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/** The reference data: 135 communes, 137 sites, default opening sessions, editable by the right people. */
class ServiceSiteIT extends IntegrationTest {

    @Inject
    CommuneService communes;

    @Test
    void theProvinceHasItsCommunesAndSitesWithTwoSeatsMondayToFriday() {
        actAs(fixtures.account(Role.VIEWER, null));

        assertEquals(135, communes.visibleCommunes().size());
        var sites = communes.sites(null).stream()
                .filter(s -> !s.getName().startsWith(vn.cdtt.it.support.Fixtures.TEST_SITE)).toList();
        assertEquals(137, sites.size());
        assertEquals(2, sites.stream().filter(s -> s.getKind() == SiteKind.PROVINCIAL_CENTRE).count());
        ServiceSite site = sites.get(0);
        assertEquals(10, site.getSessions().size());
        SiteSession mondayMorning = site.getSessions().stream()
                .filter(s -> s.getDayOfWeek() == DayOfWeek.MONDAY && s.getPart() == SessionPart.MORNING).findFirst()
                .orElseThrow();
        assertEquals(LocalTime.of(7, 30), mondayMorning.getStartTime());
        assertEquals(LocalTime.of(11, 30), mondayMorning.getEndTime());
        assertEquals(2, mondayMorning.getSeats());
    }

    @Test
    void aCommuneCoordinatorEditsOnlyTheirOwnSitesHours() {
        // xã Đak Rong: no other test relies on its opening hours
        Long dakRong = fixtures.commune("23644");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, dakRong));
        SiteSession own = communes.sites(dakRong).get(0).getSessions().get(0);

        communes.changeSession(own.getId(), LocalTime.of(7, 0), LocalTime.of(11, 0), 3);

        var reloaded = communes.sites(dakRong).get(0).getSessions().stream()
                .filter(x -> x.getId().equals(own.getId())).findFirst().orElseThrow();
        assertEquals(LocalTime.of(7, 0), reloaded.getStartTime());
        assertEquals(3, reloaded.getSeats());
        assertThrows(InvalidInputException.class,
                () -> communes.changeSession(own.getId(), LocalTime.of(11, 0), LocalTime.of(7, 0), 2));
        assertThrows(AccessDeniedException.class, () -> communes.sites(fixtures.commune("23710")));

        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        Long other = communes.sites(fixtures.commune("23710")).get(0).getSessions().get(0).getId();
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, dakRong));
        assertThrows(AccessDeniedException.class,
                () -> communes.changeSession(other, LocalTime.of(7, 0), LocalTime.of(11, 0), 2));
    }
}
