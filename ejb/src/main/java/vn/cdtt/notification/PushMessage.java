package vn.cdtt.notification;

import java.io.Serializable;

/** One push to one browser, ready to encrypt and send after the commit: the payload is the JSON the worker shows. */
public record PushMessage(Long subscriptionId, String endpoint, String p256dh, String auth, String payload)
        implements Serializable {
}
