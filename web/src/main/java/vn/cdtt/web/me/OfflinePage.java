package vn.cdtt.web.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import vn.cdtt.common.VietnamTime;

/**
 * What the page template tells resources/js/pwa.js and the service worker (sw.js): when this copy of the page was
 * made, in Vietnam's time, for the "offline – as of HH:mm" banner a phone shows when it serves the copy without
 * signal.
 */
@Named
@RequestScoped
public class OfflinePage {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("HH:mm");

    private final String asOf = AS_OF.format(VietnamTime.now());

    public String getAsOf() {
        return asOf;
    }
}
