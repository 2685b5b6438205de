package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cdtt.it.support.IntegrationTest;

/**
 * Nothing of the test server answers from another machine but the application's HTTP and HTTPS listeners: the admin
 * console, JMX, the ORB's three listeners, the JMS port mapper, the Data Grid, the ops listener and the TCP server H2
 * opens for the AUTO_SERVER database all listen on 127.0.0.1 (ear/src/main/payara/domain.asadmin). Read from the
 * server's own listening sockets as {@code ss -ltn} shows them (this test runs inside the server: its sockets are
 * those of /proc/self/fd, their addresses in /proc/net/tcp and tcp6), never by sending anything to another address.
 */
class ListenersIT extends IntegrationTest {

    /** One listening socket of this process. */
    record Listener(String address, int port) {
        boolean loopback() {
            return address.equals("127.0.0.1") || address.equals("::ffff:127.0.0.1") || address.equals("::1");
        }

        @Override
        public String toString() {
            return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
        }
    }

    @Inject
    HttpServletRequest request;

    @Test
    void onlyTheApplicationsHttpAndHttpsListenersAnswerFromOutside() throws IOException {
        // the test server's HTTP listener (portbase 18000: HTTP 18080) and HTTPS beside it (18081)
        int http = request.getLocalPort();
        Set<Integer> application = Set.of(http, http + 1);

        List<Listener> listeners = listeningSockets();
        List<Listener> open = new ArrayList<>();
        Set<Integer> ports = new HashSet<>();
        for (Listener listener : listeners) {
            ports.add(listener.port());
            if (!application.contains(listener.port()) && !listener.loopback()) {
                open.add(listener);
            }
        }

        assertTrue(ports.containsAll(application), "the application's listeners among " + listeners);
        // admin, JMX, IIOP, JMS, Data Grid, ops at least: the server's other listeners were found
        assertTrue(listeners.size() >= application.size() + 6, "all of the server's listeners: " + listeners);
        assertTrue(open.isEmpty(), "listening on every interface, not 127.0.0.1: " + open + " (all: " + listeners + ")");
    }

    /** The sockets this process listens on (TCP state 0A), IPv4 and IPv6. */
    static List<Listener> listeningSockets() throws IOException {
        Set<String> mine = new HashSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) descriptors::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        mine.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while the folder was read
                }
            }
        }
        List<Listener> listeners = new ArrayList<>();
        for (String table : new String[] {"/proc/self/net/tcp", "/proc/self/net/tcp6"}) {
            Path path = Path.of(table);
            if (!Files.exists(path)) {
                continue;
            }
            List<String> lines = Files.readAllLines(path);
            for (String line : lines.subList(1, lines.size())) {
                // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && "0A".equals(f[3]) && mine.contains(f[9])) {
                    String[] local = f[1].split(":");
                    listeners.add(new Listener(address(local[0]), Integer.parseInt(local[1], 16)));
                }
            }
        }
        return listeners;
    }

    /** An address as the kernel writes it there: 4-byte words in host (little-endian) order, in hex. */
    static String address(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int at = word * 8 + (3 - b) * 2;
                bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        int zeros = 0;
        while (zeros < 16 && bytes[zeros] == 0) {
            zeros++;
        }
        if (zeros >= 15) {
            return bytes[15] == 1 ? "::1" : "::";
        }
        if (zeros == 10 && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
            return "::ffff:" + (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff) + "."
                    + (bytes[15] & 0xff);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            text.append(i == 0 ? "" : ":").append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
        }
        return text.toString();
    }
}
