package vn.cdtt.web.me;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import vn.cdtt.account.AccountService;
import vn.cdtt.common.BusinessException;
import vn.cdtt.common.Messages;
import vn.cdtt.notification.Channels;
import vn.cdtt.web.common.ScriptRequests;

/**
 * POST /me/push-subscription: this browser's Push API subscription ({@code PushSubscription.toJSON()}: endpoint and
 * keys p256dh, auth) for the signed-in member; {@code "remove": true} turns it off again. Sent by
 * resources/js/pwa.js after the member pressed "turn on notifications on this device" and the browser asked them.
 * Cross-site requests are refused ({@link ScriptRequests#fromThisSite}). Answers JSON in the member's language.
 */
@WebServlet("/me/push-subscription")
public class PushSubscriptionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Channels channels;

    @EJB
    transient AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = accounts.me().preferredLocale();
        if (!ScriptRequests.fromThisSite(request)) {
            ScriptRequests.answer(response, HttpServletResponse.SC_FORBIDDEN, false,
                    Messages.get(locale, "pwa.request.refused"));
            return;
        }
        String endpoint;
        String p256dh = null;
        String auth = null;
        boolean remove;
        try (JsonReader reader = Json.createReader(request.getReader())) {
            JsonObject body = reader.readObject();
            endpoint = body.getString("endpoint");
            remove = body.getBoolean("remove", false);
            if (!remove) {
                JsonObject keys = body.getJsonObject("keys");
                p256dh = keys.getString("p256dh");
                auth = keys.getString("auth");
            }
        } catch (JsonException | ClassCastException | NullPointerException e) {
            ScriptRequests.answer(response, HttpServletResponse.SC_BAD_REQUEST, false,
                    Messages.get(locale, "push.subscription.invalid"));
            return;
        }
        try {
            if (remove) {
                channels.unsubscribe(endpoint);
            } else {
                channels.subscribe(endpoint, p256dh, auth);
            }
        } catch (BusinessException | EJBException e) {
            BusinessException refusal = e instanceof BusinessException b ? b
                    : e.getCause() instanceof BusinessException b ? b : null;
            if (refusal == null) {
                throw e;
            }
            ScriptRequests.answer(response, 422, false, Messages.get(locale, refusal));
            return;
        }
        ScriptRequests.answer(response, HttpServletResponse.SC_OK, true,
                Messages.get(locale, remove ? "channels.saved" : "channels.push.enabled"));
    }
}
