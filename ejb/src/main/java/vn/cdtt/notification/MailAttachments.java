package vn.cdtt.notification;

import java.util.List;
import vn.cdtt.common.FileDownload;

/**
 * Writes the files a mail of the outbox carries, from the reference the mail keeps ({@code kind:id}), when the mail
 * is sent; the feature that owns the files implements it (the weekly report: {@code weekly-report:<report id>}). It
 * has no caller: the outbox only holds what a service already decided to send.
 */
public interface MailAttachments {

    /** The kind of reference this writer reads (before the colon). */
    String kind();

    /** The files of one reference, in the order they are attached. */
    List<FileDownload> files(String id);

    /** The reference an outbox mail keeps for the files of {@code id}. */
    static String reference(String kind, Object id) {
        return kind + ":" + id;
    }
}
