package vn.cdtt.common;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * A file a service hands back to be downloaded: its name, type, size and content (a stored file's stream, or bytes
 * written for the request). The caller closes the stream.
 */
public record FileDownload(String fileName, String contentType, long size, InputStream content) {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A file written in memory (a PDF or workbook of a service). */
    public static FileDownload of(String fileName, String contentType, byte[] bytes) {
        return new FileDownload(fileName, contentType, bytes.length, new ByteArrayInputStream(bytes));
    }
}
