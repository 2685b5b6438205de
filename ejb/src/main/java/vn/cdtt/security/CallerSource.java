package vn.cdtt.security;

import java.util.Optional;

/** Where the name of the authenticated caller comes from (the container; tests may act as a named account). */
public interface CallerSource {
    Optional<String> username();
}
