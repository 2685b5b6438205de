package vn.cdtt.web.me;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.cdtt.account.AccountService;
import vn.cdtt.common.BusinessException;
import vn.cdtt.common.Messages;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.web.common.ScriptRequests;

/**
 * POST /me/offline-check-in: a check-in the member's phone queued without signal ({@code resources/js/pwa.js}),
 * sent once it is online again, as {@code {"shift": id, "madeAt": epoch milliseconds}}. Under /me/*, so only a
 * signed-in member reaches it (web.xml); the service checks the shift is theirs and the time.
 *
 * <p>Cross-site request forgery: only this site's own script gets through ({@link ScriptRequests#fromThisSite}).
 *
 * <p>Answers JSON {@code {"ok": …, "message": …}} in the member's language: 200 recorded, 422 refused for good
 * (outside the window, in the future, not their shift: the phone drops it and shows why), 400/403 malformed or
 * forged.
 */
@WebServlet("/me/offline-check-in")
public class OfflineCheckInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @EJB
    transient AttendanceService attendance;

    @EJB
    transient AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = accounts.me().preferredLocale();
        if (!ScriptRequests.fromThisSite(request)) {
            ScriptRequests.answer(response, HttpServletResponse.SC_FORBIDDEN, false, Messages.get(locale, "pwa.request.refused"));
            return;
        }
        Long shift;
        Instant madeAt;
        try (JsonReader reader = Json.createReader(request.getReader())) {
            JsonObject body = reader.readObject();
            shift = body.getJsonNumber("shift").longValueExact();
            JsonNumber made = body.getJsonNumber("madeAt");
            madeAt = made == null ? null : Instant.ofEpochMilli(made.longValueExact());
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
            ScriptRequests.answer(response, HttpServletResponse.SC_BAD_REQUEST, false, Messages.get(locale, "pwa.request.refused"));
            return;
        }
        String when = madeAt == null ? "" : MADE.format(LocalDateTime.ofInstant(madeAt, VietnamTime.ZONE));
        try {
            attendance.checkInMadeAt(shift, madeAt);
        } catch (BusinessException | EJBException e) {
            BusinessException refusal = e instanceof BusinessException b ? b
                    : e.getCause() instanceof BusinessException b ? b : null;
            if (refusal == null) {
                throw e;
            }
            ScriptRequests.answer(response, 422, false, Messages.get(locale, "pwa.checkIn.refused", when,
                    Messages.get(locale, refusal)));
            return;
        }
        ScriptRequests.answer(response, HttpServletResponse.SC_OK, true, Messages.get(locale, "pwa.checkIn.sent", when));
    }
}
