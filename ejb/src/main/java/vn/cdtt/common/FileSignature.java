package vn.cdtt.common;

/**
 * What a file is, told by its first bytes rather than its name: an upload named .jpg or .xlsx may be anything.
 * Used by the readers of uploads (evidence photos and PDFs, member tables).
 */
public final class FileSignature {

    /** How much of a file {@link #looksLikeText} reads: enough to see a binary format, little enough to stay fast. */
    private static final int TEXT_SAMPLE = 64 * 1024;

    private FileSignature() {
    }

    /** Whether the content starts with these bytes (each given as 0–255). */
    public static boolean matches(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the content can be a text file (a .csv, .tsv or .txt table): it starts with a UTF-16 byte order mark,
     * or it has no NUL byte and almost no other control bytes (a tab, a line break and a page break are text) in its
     * first 64 KB. A picture, a PDF or an archive renamed .csv is not.
     */
    public static boolean looksLikeText(byte[] content) {
        if (matches(content, 0xFF, 0xFE) || matches(content, 0xFE, 0xFF)) {
            return true;
        }
        int sample = Math.min(content.length, TEXT_SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
                control++;
            }
        }
        // a stray control character typed into a cell is the cell's problem, not the file's
        return control <= Math.max(2, sample / 100);
    }
}
