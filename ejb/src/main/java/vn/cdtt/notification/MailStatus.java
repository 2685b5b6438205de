package vn.cdtt.notification;

/** PENDING until the sender delivers it (SENT) or gives up (FAILED); DEMO mails are never sent. */
public enum MailStatus {
    PENDING, SENT, FAILED, DEMO
}
