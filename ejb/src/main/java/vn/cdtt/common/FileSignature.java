package vn.cdtt.common;

/**
 * What a file is, told by its first bytes rather than its name: an upload named .jpg or .xlsx may be anything.
 * Used by the readers of uploads (evidence photos and PDFs, member tables).
 */
public final class FileSignature {

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
}
