package vn.cdtt.notification;

import java.util.List;

/**
 * One way of telling members besides the inbox (which always gets everything): e-mail, web push; an SMS or Zalo
 * gateway would be one more implementation. {@link Notifier} hands each channel that the installation turned on
 * ({@code cdtt.notify.channels}) the recipients who want it, inside the transaction of the change: a channel stores
 * what it must send (an outbox) or sends it only after the commit, so nobody hears of a change that was rolled back
 * and no transaction waits for a gateway.
 */
public interface NotificationChannel {

    /** The name in {@code cdtt.notify.channels}: {@code email}, {@code push}. */
    String name();

    /** Whether this recipient chose this channel (and can be reached by it). */
    boolean wants(Delivery delivery);

    /** Sends (or queues) one notification to each of these recipients. */
    void deliver(List<Delivery> deliveries);
}
