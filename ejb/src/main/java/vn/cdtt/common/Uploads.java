package vn.cdtt.common;

/**
 * The one size limit of uploads. The web tier refuses a request above {@link #MAX_REQUEST_BYTES} before anything
 * reads it (and web.xml's multipart-config holds the same number, checked by a test); the pages refuse a file above
 * {@link #MAX_FILE_BYTES}. Both say "file too large (max 10 MB)", never the error page. Features may accept less
 * (evidence: cdtt.evidence.maxBytes).
 */
public final class Uploads {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** The file plus the rest of the form (view state, other fields, multipart boundaries). */
    public static final long MAX_REQUEST_BYTES = MAX_FILE_BYTES + 1024 * 1024;

    private Uploads() {
    }

    /** The limit as users read it, in whole megabytes. */
    public static long maxMegabytes() {
        return MAX_FILE_BYTES / (1024 * 1024);
    }
}
