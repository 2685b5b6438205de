package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.WebSession;
import vn.cdtt.security.Role;

/** The page header greets people by their name: a member's full name, a coordinator's account name – not the login. */
class GreetingIT extends IntegrationTest {

    private static final Pattern HEADER_NAME = Pattern.compile("id=\"userName\"[^>]*>([^<]*)<");

    @Inject
    HttpServletRequest request;

    private String headerName(String username) throws Exception {
        WebSession session = WebSession.signIn("http://localhost:" + request.getLocalPort() + request.getContextPath()
                + "/", username, Fixtures.PASSWORD);
        String page = session.get("index.xhtml", Duration.ofSeconds(30)).body();
        Matcher name = HEADER_NAME.matcher(page);
        assertTrue(name.find(), page);
        return name.group(1);
    }

    @Test
    void aMemberIsGreetedByFullNameAndACoordinatorByTheAccountsName() throws Exception {
        Long commune = fixtures.commune("23638");
        String member = fixtures.account(Role.MEMBER, commune, fixtures.member(commune, "Nguyễn Thị Hương"));
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);

        assertEquals("Nguyễn Thị Hương", headerName(member));
        assertEquals("Test " + coordinator, headerName(coordinator));
    }
}
