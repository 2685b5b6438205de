package vn.cdtt.web.roster;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import vn.cdtt.common.BusinessException;
import vn.cdtt.common.Uploads;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.roster.ImportPreview;
import vn.cdtt.roster.MemberImportService;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.CommuneChoice;
import vn.cdtt.web.common.Downloads;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/**
 * roster/import.xhtml: template download, upload and preview with every row's problems, then import of all rows
 * or none. The file is kept in the view only between preview and import; the import reads and checks it again.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MemberImportService imports;

    @EJB
    CommuneService communes;

    @Inject
    UserSession session;

    private CommuneChoice commune;
    private transient UploadedFile file;
    private String fileName;
    private byte[] content;
    private ImportPreview preview;

    @PostConstruct
    void init() {
        commune = new CommuneChoice(session.getCaller(), communes.visibleCommunes(), false);
    }

    public StreamedContent getTemplate() {
        byte[] xlsx = imports.template(Faces.locale());
        return Downloads.xlsx("mau-nhap-thanh-vien.xlsx", xlsx);
    }

    public void check() {
        preview = null;
        if (file == null || file.getSize() == 0) {
            Faces.error("file", "import.file.noRows");
            return;
        }
        if (file.getSize() > Uploads.MAX_FILE_BYTES) {
            Faces.error("file", "upload.tooLarge", Uploads.maxMegabytes());
            return;
        }
        fileName = file.getFileName();
        content = file.getContent();
        preview = Actions.getAt("file", () -> imports.preview(commune.getCommuneId(), fileName, content), preview);
    }

    public String commit() {
        Integer n = Actions.get(() -> imports.commit(commune.getCommuneId(), fileName, content), null);
        if (n == null) {
            return null;
        }
        Faces.info("import.committed", n);
        return "/roster/members?faces-redirect=true";
    }

    public CommuneChoice getCommune() {
        return commune;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportPreview getPreview() {
        return preview;
    }
}
