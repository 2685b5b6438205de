package vn.cdtt.security;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work the application does by itself, at start-up, as one of its accounts – the demo's communes submitting their
 * month – so that it goes through the services and their checks like the account's own clicks would. Only for the
 * calling thread and for the duration of {@link #run}; nothing outside the application's code can reach it.
 */
public final class ActingAs {

    private static final ThreadLocal<String> ACCOUNT = new ThreadLocal<>();

    private ActingAs() {
    }

    /** Runs {@code work} with {@code username} as the caller of every service it calls. */
    public static <T> T run(String username, Supplier<T> work) {
        String before = ACCOUNT.get();
        ACCOUNT.set(Objects.requireNonNull(username));
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACCOUNT.remove();
            } else {
                ACCOUNT.set(before);
            }
        }
    }

    static Optional<String> current() {
        return Optional.ofNullable(ACCOUNT.get());
    }
}
