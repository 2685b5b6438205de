package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.duty.Candidates;
import vn.cdtt.duty.SiteNeedsService;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.roster.CatalogueService;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.MemberService;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/**
 * A site's own languages and skills (issue 12 §4, V23): set on the site page by its coordinator, audited, refused to
 * another commune's coordinator, and used by the board's ranking – of two members equal in every other figure, the
 * one who speaks what the site needs comes first, without any helper request.
 */
class SiteNeedsIT extends IntegrationTest {

    private static final String KON_CHIENG = "24100";
    private static final String ELSEWHERE = "24109";

    @Inject
    SiteNeedsService siteNeeds;

    @Inject
    Candidates candidates;

    @Inject
    CatalogueService catalogue;

    @Inject
    MemberService members;

    @Test
    void aSitesOwnNeedsRankTheMembersWhoHaveThemFirst() {
        Long commune = fixtures.commune(KON_CHIENG);
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        actAs(coordinator);
        Long bahnar = catalogue.languages().stream().filter(l -> l.getCode().equals("bahnar")).findFirst()
                .orElse(catalogue.languages().get(catalogue.languages().size() - 1)).getId();
        Long vneid = catalogue.skills().stream().filter(k -> k.getCode().equals("vneid")).findFirst().orElseThrow().getId();
        Long an = fixtures.member(commune, "Đinh Văn An");
        MemberForm speaks = Fixtures.form("Đinh Thị Yến");
        speaks.getLanguageIds().add(bahnar);
        speaks.getSkillIds().add(vneid);
        Long yen = members.create(commune, speaks).getId();
        LocalDate monday = fixtures.nextMonday();
        Long shift = fixtures.shiftAt(commune, monday, LocalTime.of(7, 30), LocalTime.of(11, 30));
        Long site = fixtures.siteOf(shift);

        List<Long> before = ranked(shift, an, yen);
        assertEquals(List.of(an, yen), before, "without needs: by given name (An before Yến)");

        siteNeeds.change(site, Set.of(vneid), Set.of(bahnar));

        Candidates.Ranking ranking = candidates.rank(shift, null, Candidates.SHOWN);
        assertEquals(List.of(yen, an), ranked(shift, an, yen), "Yến speaks and does what the site needs");
        Candidates.Candidate first = ranking.shown().stream().filter(c -> c.member().getId().equals(yen)).findFirst()
                .orElseThrow();
        assertEquals(2, first.matches());
        assertEquals(2, first.needs());
        assertEquals(1, fixtures.auditCount("ServiceSite", site, "UPDATE"));

        assertEquals("site.needs.unknown", assertThrows(InvalidInputException.class,
                () -> siteNeeds.change(site, Set.of(-1L), Set.of())).getMessageKey());
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, fixtures.commune(ELSEWHERE)));
        assertThrows(AccessDeniedException.class, () -> siteNeeds.change(site, Set.of(), Set.of()));
        actAs(fixtures.account(Role.VIEWER, null));
        assertThrows(AccessDeniedException.class, () -> siteNeeds.change(site, Set.of(), Set.of()));
        assertTrue(fixtures.auditCount("ServiceSite", site, "UPDATE") == 1, "refusals change nothing");
    }

    private List<Long> ranked(Long shift, Long... mine) {
        List<Long> ours = List.of(mine);
        return candidates.rank(shift, null, Candidates.SHOWN).shown().stream().map(c -> c.member().getId())
                .filter(ours::contains).toList();
    }
}
