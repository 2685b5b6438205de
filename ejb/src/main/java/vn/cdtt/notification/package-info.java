/**
 * Telling people what changed for them: the in-app inbox ({@link vn.cdtt.notification.Notification}) and e-mail
 * through a transactional outbox ({@link vn.cdtt.notification.OutboxMail}) that a timer sends with Jakarta Mail –
 * or, in demo mode, keeps for the outbox page. Other features call {@link vn.cdtt.notification.Notifier}.
 */
package vn.cdtt.notification;
