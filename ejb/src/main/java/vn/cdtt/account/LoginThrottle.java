package vn.cdtt.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down password guessing instead of locking accounts (a lockout lets anyone lock anyone out). Failed logins
 * are counted per login name – whether or not an account of that name exists, so the answers do not tell – and per
 * client address. After the free failures every further attempt has to wait twice as long as the one before: per
 * name at most {@link #NAME_MAX_WAIT}, so an attacker can never keep the real user out for long; per address up to
 * {@link #ADDRESS_MAX_WAIT}, so one client cannot guess fast at all. A success resets the name's counter, never the
 * address's (an attacker with one good account could otherwise reset their own).
 * <p>
 * Held in memory, bounded ({@link #MAX_ENTRIES}, least recently used first out), so a flood of invented names
 * writes nothing to the database and cannot exhaust memory; a restart forgets it. In a cluster each server counts
 * on its own (see the README).
 */
@ApplicationScoped
public class LoginThrottle {

    /** Failures of one login name before attempts have to wait. */
    public static final int FREE_NAME_FAILURES = 5;
    public static final Duration NAME_MAX_WAIT = Duration.ofMinutes(1);
    /** Failures from one address before attempts have to wait (many people may share an address: offices, 4G). */
    public static final int FREE_ADDRESS_FAILURES = 20;
    public static final Duration ADDRESS_MAX_WAIT = Duration.ofMinutes(15);
    /** A counter without failures for this long starts again from zero. */
    public static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_ENTRIES = 100_000;

    private final Map<String, Counter> counters = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Counter> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** How long the next attempt of this name from this address has to wait; zero when it may be checked now. */
    public synchronized Duration waitFor(String name, String address, Instant now) {
        Duration byName = remaining(counters.get(nameKey(name)), now);
        Duration byAddress = address == null ? Duration.ZERO : remaining(counters.get(addressKey(address)), now);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    /** Counts a failure; true when it is the one that starts slowing this name down. */
    public synchronized boolean failed(String name, String address, Instant now) {
        if (address != null) {
            count(addressKey(address), FREE_ADDRESS_FAILURES, ADDRESS_MAX_WAIT, now);
        }
        return count(nameKey(name), FREE_NAME_FAILURES, NAME_MAX_WAIT, now) == FREE_NAME_FAILURES;
    }

    public synchronized void succeeded(String name) {
        counters.remove(nameKey(name));
    }

    /** Until when this name has to wait, or null (for the province coordinator's account list). */
    public synchronized Instant waitingUntil(String name, Instant now) {
        Counter c = counters.get(nameKey(name));
        return c != null && c.until != null && c.until.isAfter(now) ? c.until : null;
    }

    /** Lets the name try again at once (the province coordinator re-enables the account or resets its password). */
    public synchronized void forget(String name) {
        counters.remove(nameKey(name));
    }

    private int count(String key, int free, Duration maxWait, Instant now) {
        Counter c = counters.get(key);
        if (c == null || c.last.plus(FORGET_AFTER).isBefore(now)) {
            c = new Counter();
            counters.put(key, c);
        }
        c.failures++;
        c.last = now;
        if (c.failures >= free) {
            int doublings = Math.min(c.failures - free + 1, 30);
            Duration wait = Duration.ofSeconds(1L << doublings);
            c.until = now.plus(wait.compareTo(maxWait) < 0 ? wait : maxWait);
        }
        return c.failures;
    }

    private static Duration remaining(Counter c, Instant now) {
        return c == null || c.until == null || !c.until.isAfter(now) ? Duration.ZERO : Duration.between(now, c.until);
    }

    private static String nameKey(String name) {
        return "name:" + name;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static final class Counter {
        int failures;
        Instant last;
        Instant until;
    }
}
