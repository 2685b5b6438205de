package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import vn.cdtt.autoroster.ApplyResult;
import vn.cdtt.autoroster.AutoRosterService;
import vn.cdtt.autoroster.RosterPeriod;
import vn.cdtt.autoroster.RosterRun;
import vn.cdtt.autoroster.RunProgress;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.duty.SwapService;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.notification.Channels;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.security.Role;

/**
 * Web push as one more channel next to the inbox and e-mail: an assigned member's phone gets a push, encrypted
 * aes128gcm and signed with the installation's VAPID key, after the assignment committed; a push service's 410
 * removes the subscription; a member who turned push off gets none; the choice of channels is saved and audited.
 * A new shift reaches the phone whatever made it – the automatic roster applied too (one push for all its seats) –,
 * and a shift given to the open board reaches the colleagues free to take it, once each.
 * The push service is {@link FakePushServlet} in the test deployment.
 */
class PushIT extends IntegrationTest {

    private static final String IA_KHAI = "21901";
    /** Communes no other test uses: the automatic roster plans whoever is there, the open board tells the commune. */
    private static final String AUTO_ROSTERED = "21934";
    private static final String OPEN_BOARD = "21940";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    Channels channels;

    @Inject
    ShiftService shifts;

    @Inject
    SwapService swaps;

    @Inject
    AutoRosterService autoRoster;

    @Inject
    HttpServletRequest request;

    private String endpoint(String name) {
        return "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/it/fake-push/" + name;
    }

    /** A browser's subscription keys: its P-256 public key (uncompressed point) and a 16-byte auth secret. */
    private static String[] browserKeys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        ECPublicKey key = (ECPublicKey) g.generateKeyPair().getPublic();
        ByteBuffer point = ByteBuffer.allocate(65).put((byte) 4).put(fixed(key.getW().getAffineX()))
                .put(fixed(key.getW().getAffineY()));
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        return new String[] {B64.encodeToString(point.array()), B64.encodeToString(auth)};
    }

    private static byte[] fixed(BigInteger n) {
        byte[] raw = n.toByteArray();
        byte[] out = new byte[32];
        int from = Math.max(0, raw.length - 32);
        System.arraycopy(raw, from, out, 32 - (raw.length - from), raw.length - from);
        return out;
    }

    private Shift futureMorning(Long commune) {
        LocalDate monday = fixtures.nextMonday();
        shifts.generate(commune, monday, monday);
        return shifts.week(commune, monday).stream().filter(s -> s.getPart() == SessionPart.MORNING).findFirst()
                .orElseThrow();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 150 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    @Test
    void anAssignedMembersPhoneGetsAnEncryptedPushSignedWithTheInstallationsKey() throws Exception {
        Long commune = fixtures.commune(IA_KHAI);
        Long an = fixtures.member(commune, "Rơ Mah Anh");
        String account = fixtures.account(Role.MEMBER, commune, an);
        String phone = "an-" + fixtures.next();
        String[] keys = browserKeys();
        actAs(account);
        channels.subscribe(endpoint(phone), keys[0], keys[1]);
        Channels.Mine mine = channels.mine();
        assertEquals(1, mine.devices());
        String serverKey = mine.vapidPublicKey();
        assertEquals(65, Base64.getUrlDecoder().decode(serverKey).length, "an uncompressed P-256 point");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));

        shifts.assign(futureMorning(commune).getId(), an);

        waitFor(() -> !FakePushServlet.to(phone).isEmpty(), "the push arrives after the commit");
        FakePushServlet.Received push = FakePushServlet.to(phone).get(0);
        assertEquals("aes128gcm", push.contentEncoding());
        assertNotNull(push.ttl());
        // aes128gcm (RFC 8188): salt(16) | record size(4) | key id length(1) = 65 | the sender's P-256 point | data
        ByteBuffer body = ByteBuffer.wrap(push.body());
        body.position(16);
        assertTrue(body.getInt() > 0);
        assertEquals(65, body.get());
        assertEquals(4, body.get(), "the key id is an uncompressed point");
        assertTrue(push.body().length > 16 + 4 + 1 + 65 + 16, "an encrypted record with its tag");
        assertFalse(new String(push.body(), StandardCharsets.ISO_8859_1).contains("Buổi sáng"), "not readable");
        // VAPID (RFC 8292): "vapid t=<JWT signed ES256>, k=<the installation's public key>"
        String authorization = push.authorization();
        assertTrue(authorization.startsWith("vapid t=") && authorization.endsWith("k=" + serverKey), authorization);
        String jwt = authorization.substring("vapid t=".length(), authorization.indexOf(','));
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length);
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(header.contains("ES256"), header);
        // the audience is the push service's origin (the library leaves the port out; real ones have none)
        assertTrue(claims.contains("\"aud\":\"http://localhost") && claims.contains("\"sub\":\"mailto:")
                && claims.contains("\"exp\":"), claims);
    }

    @Test
    void aPushServiceSaying410RemovesTheSubscription() throws Exception {
        Long commune = fixtures.commune(IA_KHAI);
        Long binh = fixtures.member(commune, "Siu H'Bình");
        String account = fixtures.account(Role.MEMBER, commune, binh);
        String phone = "gone-" + fixtures.next();
        String[] keys = browserKeys();
        actAs(account);
        channels.subscribe(endpoint(phone), keys[0], keys[1]);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));

        shifts.assign(futureMorning(commune).getId(), binh);

        waitFor(() -> !FakePushServlet.to(phone).isEmpty(), "the push was tried");
        actAs(account);
        waitFor(() -> channels.mine().devices() == 0, "the subscription is gone");
    }

    @Test
    void aMemberWhoTurnedPushOffGetsNoneAndTheChoiceIsAudited() throws Exception {
        Long commune = fixtures.commune(IA_KHAI);
        Long off = fixtures.member(commune, "Ksor Chung");
        Long on = fixtures.member(commune, "Nay Dũng");
        String offAccount = fixtures.account(Role.MEMBER, commune, off);
        String onAccount = fixtures.account(Role.MEMBER, commune, on);
        String offPhone = "off-" + fixtures.next();
        String onPhone = "on-" + fixtures.next();
        String[] keys = browserKeys();
        actAs(offAccount);
        channels.subscribe(endpoint(offPhone), keys[0], keys[1]);
        long audited = fixtures.auditCount("Account", fixtures.accountId(offAccount), "UPDATE");
        channels.choose(true, false);
        channels.choose(true, false);
        assertFalse(channels.mine().push());
        assertTrue(channels.mine().email());
        assertEquals(audited + 1, fixtures.auditCount("Account", fixtures.accountId(offAccount), "UPDATE"),
                "a change is audited once; choosing the same again changes nothing");
        actAs(onAccount);
        channels.subscribe(endpoint(onPhone), keys[0], keys[1]);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Shift shift = futureMorning(commune);

        shifts.assign(shift.getId(), off);
        shifts.assign(shift.getId(), on);

        waitFor(() -> !FakePushServlet.to(onPhone).isEmpty(), "the member with push on gets it");
        Thread.sleep(500);
        assertEquals(List.of(), FakePushServlet.to(offPhone), "push turned off: nothing");
        assertEquals(1, fixtures.notifications(offAccount, vn.cdtt.notification.NotificationKind.ASSIGNED).size(),
                "the inbox always gets it");
    }

    @Test
    void onlyMembersSubscribeAndOnlyRealSubscriptions() throws Exception {
        Long commune = fixtures.commune(IA_KHAI);
        Long cuong = fixtures.member(commune, "Rcom Cường");
        String[] keys = browserKeys();
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        assertThrows(RuntimeException.class, () -> channels.subscribe(endpoint("coordinator"), keys[0], keys[1]));
        actAs(fixtures.account(Role.MEMBER, commune, cuong));
        assertEquals("push.subscription.invalid", assertThrows(InvalidInputException.class,
                () -> channels.subscribe("ftp://push.example/x", keys[0], keys[1])).getMessageKey());
        assertEquals("push.subscription.invalid", assertThrows(InvalidInputException.class,
                () -> channels.subscribe(endpoint("bad-key"), "not base64!", keys[1])).getMessageKey());
        assertEquals(0, channels.mine().devices());
    }

    /** A member's account with push on in one (fake) browser; returns the account and the browser's name. */
    private String[] subscribed(Long commune, Long member, String phonePrefix) throws Exception {
        String account = fixtures.account(Role.MEMBER, commune, member);
        String phone = phonePrefix + "-" + fixtures.next();
        String[] keys = browserKeys();
        actAs(account);
        channels.subscribe(endpoint(phone), keys[0], keys[1]);
        return new String[] {account, phone};
    }

    @Test
    void theAutomaticRosterAppliedPushesOneMessageForAllTheSeatsItGaveTheMember() throws Exception {
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        autoRoster.saveSettings(5, 1000, 50, 30, 20, 5, 10, 40, 5, 1); // short solves, as in AutoRosterIT
        Long commune = fixtures.commune(AUTO_ROSTERED);
        Long hoa = fixtures.member(commune, "Rơ Châm Hoa");
        String[] hoaPhone = subscribed(commune, hoa, "auto");
        LocalDate monday = fixtures.nextMonday();
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        shifts.generate(commune, monday, monday.plusDays(6));
        UUID run = autoRoster.start(commune, RosterPeriod.WEEK, monday, false);
        RunProgress p = autoRoster.progress(run);
        for (int i = 0; i < 300 && (p.state() == RosterRun.State.WAITING || p.state() == RosterRun.State.PREPARING
                || p.state() == RosterRun.State.SOLVING); i++) {
            Thread.sleep(200);
            p = autoRoster.progress(run);
        }
        assertEquals(RosterRun.State.DONE, p.state(), p.toString());
        assertTrue(FakePushServlet.to(hoaPhone[1]).isEmpty(), "a proposal tells nobody");

        ApplyResult applied = autoRoster.apply(run);

        assertTrue(applied.applied() >= 2, "the member was given several seats: " + applied);
        waitFor(() -> !FakePushServlet.to(hoaPhone[1]).isEmpty(), "the roster applied reaches the member's phone");
        Thread.sleep(500);
        assertEquals(1, FakePushServlet.to(hoaPhone[1]).size(), "one push for all the seats, not one per seat");
        assertEquals(1, fixtures.notifications(hoaPhone[0], NotificationKind.AUTO_ROSTERED).size());
    }

    @Test
    void aShiftGivenToTheOpenBoardPushesTheColleaguesFreeToTakeItOnce() throws Exception {
        Long commune = fixtures.commune(OPEN_BOARD);
        Long giver = fixtures.member(commune, "Kpă Giang");
        Long free = fixtures.member(commune, "Rahlan Hằng");
        Long busy = fixtures.member(commune, "Puih Khánh");
        String giverAccount = fixtures.account(Role.MEMBER, commune, giver);
        String[] freePhone = subscribed(commune, free, "free");
        String[] busyPhone = subscribed(commune, busy, "busy");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Shift shift = futureMorning(commune);
        shifts.assign(shift.getId(), giver);
        fixtures.unavailable(busy, shift.getDate(), shift.getPart(), "Đi khám bệnh");
        actAs(giverAccount);

        swaps.ask(shift.getId(), null);

        waitFor(() -> !FakePushServlet.to(freePhone[1]).isEmpty(), "a colleague free then hears of the seat");
        Thread.sleep(500);
        assertEquals(1, FakePushServlet.to(freePhone[1]).size(), "once");
        assertEquals(List.of(), FakePushServlet.to(busyPhone[1]), "unavailable then: not told");
        assertEquals(1, fixtures.notifications(freePhone[0], NotificationKind.OPEN_SEAT).size());
        assertTrue(fixtures.notifications(busyPhone[0], NotificationKind.OPEN_SEAT).isEmpty());
    }
}
