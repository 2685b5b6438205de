package vn.cdtt.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test only: a push service. POST /it/fake-push/{name} keeps what arrived (headers and body) for the test to read;
 * answers 201 as push services do, or 410 Gone for a name starting with "gone" (the browser unsubscribed).
 */
@WebServlet("/it/fake-push/*")
public class FakePushServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** One push as the push service received it. */
    public record Received(String name, String authorization, String contentEncoding, String ttl, byte[] body) {
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        RECEIVED.add(new Received(name, request.getHeader("Authorization"), request.getHeader("Content-Encoding"),
                request.getHeader("TTL"), request.getInputStream().readAllBytes()));
        response.setStatus(name.startsWith("gone") ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_CREATED);
    }

    static List<Received> to(String name) {
        return RECEIVED.stream().filter(r -> r.name().equals(name)).toList();
    }
}
