package vn.cdtt.web.common;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.cdtt.common.FileDownload;

/** Files the pages hand to p:fileDownload. */
public final class Downloads {

    private Downloads() {
    }

    /** An .xlsx workbook under the given file name. */
    public static StreamedContent xlsx(String name, byte[] workbook) {
        return DefaultStreamedContent.builder().name(name).contentType(FileDownload.XLSX)
                .stream(() -> new ByteArrayInputStream(workbook)).build();
    }
}
