package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.BusinessException;
import vn.cdtt.common.ConcurrentChangeException;
import vn.cdtt.it.support.ActingCaller;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.MemberFilter;
import vn.cdtt.roster.MemberService;
import vn.cdtt.common.PageRequest;
import vn.cdtt.security.Role;

/** Two coordinators at the same time: one wins, the other is told clearly; the invariants hold. */
class ConcurrentEditIT extends IntegrationTest {

    private static final String KBANG = "23638";

    @Inject
    MemberService members;

    @Resource
    ManagedExecutorService executor;

    @Test
    void theSecondEditOfTheSameVersionIsRefused() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Member m = members.create(commune, Fixtures.form("Nguyễn Văn Bình"));
        MemberForm first = MemberForm.of(m);
        first.setEthnicity("Jrai");
        MemberForm second = MemberForm.of(m);
        second.setEthnicity("Bahnar");

        members.update(m.getId(), m.getVersion(), first);

        assertThrows(ConcurrentChangeException.class, () -> members.update(m.getId(), m.getVersion(), second));
        assertEquals("Jrai", members.find(m.getId()).getEthnicity());
    }

    @Test
    void coordinatorsRacingToAddTheSameCitizenIdStoreItOnce() throws Exception {
        Long commune = fixtures.commune(KBANG);
        Long team = fixtures.team(commune, "Tổ thử đua");
        String citizenId = Fixtures.uniqueCitizenId();
        List<String> coordinators = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            coordinators.add(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (String coordinator : coordinators) {
            results.add(executor.submit(() -> {
                ActingCaller.actAs(coordinator);
                try {
                    start.await();
                    MemberForm form = Fixtures.form("Lê Văn Đua");
                    form.setCitizenId(citizenId);
                    form.setTeamId(team);
                    members.create(commune, form);
                    return "stored";
                } catch (BusinessException e) {
                    return e.getMessageKey();
                } finally {
                    ActingCaller.clear();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }

        assertEquals(1, outcomes.stream().filter("stored"::equals).count(), outcomes.toString());
        assertEquals(5, outcomes.stream().filter(k -> k.equals("member.citizenId.taken") || k.equals("member.duplicate"))
                .count(), outcomes.toString());
        actAs(coordinators.get(0));
        MemberFilter filter = new MemberFilter();
        filter.setTeamId(team);
        assertEquals(1, members.search(filter, PageRequest.of(0, 10)).total());
    }
}
