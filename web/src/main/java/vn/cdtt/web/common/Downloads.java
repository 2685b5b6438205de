package vn.cdtt.web.common;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Files the pages hand to p:fileDownload. */
public final class Downloads {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /** An .xlsx workbook under the given file name. */
    public static StreamedContent xlsx(String name, byte[] workbook) {
        return DefaultStreamedContent.builder().name(name).contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(workbook)).build();
    }
}
