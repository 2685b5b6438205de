package vn.cdtt.notification;

import java.util.List;

/** The pushes one notification call queued, sent once the transaction has committed ({@link PushSender}). */
public record PushBatch(List<PushMessage> messages) {
}
