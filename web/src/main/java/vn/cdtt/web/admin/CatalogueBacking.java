package vn.cdtt.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cdtt.roster.CatalogueEntry;
import vn.cdtt.roster.CatalogueService;
import vn.cdtt.roster.Skill;
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.training.TargetGroup;
import vn.cdtt.training.TrainingTopic;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;

/**
 * admin/catalogue.xhtml: the province coordinator keeps the catalogues – members' skills and languages (also the
 * languages of instruction), training topics and target groups – in Vietnamese and English.
 */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CatalogueService catalogue;

    /** One catalogue on the page: its title key, its entries and the name of a new entry. */
    public static class Section implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String titleKey;
        private final Class<? extends CatalogueEntry> type;
        private List<? extends CatalogueEntry> entries = List.of();
        private String newVi;
        private String newEn;

        Section(String id, String titleKey, Class<? extends CatalogueEntry> type) {
            this.id = id;
            this.titleKey = titleKey;
            this.type = type;
        }

        public String getId() {
            return id;
        }

        public String getTitleKey() {
            return titleKey;
        }

        public List<? extends CatalogueEntry> getEntries() {
            return entries;
        }

        public String getNewVi() {
            return newVi;
        }

        public void setNewVi(String newVi) {
            this.newVi = newVi;
        }

        public String getNewEn() {
            return newEn;
        }

        public void setNewEn(String newEn) {
            this.newEn = newEn;
        }
    }

    private final List<Section> sections = List.of(
            new Section("skills", "catalogue.skills", Skill.class),
            new Section("languages", "catalogue.languages", SpokenLanguage.class),
            new Section("topics", "catalogue.topics", TrainingTopic.class),
            new Section("groups", "catalogue.groups", TargetGroup.class));

    private Section editingSection;
    private Long editingId;
    private String editVi;
    private String editEn;

    @PostConstruct
    void reload() {
        for (Section s : sections) {
            s.entries = s.type == SpokenLanguage.class ? catalogue.languages() : catalogue.list(s.type);
        }
    }

    public void add(Section section) {
        CatalogueEntry e = Actions.get(() -> catalogue.add(section.type, section.newVi, section.newEn), null);
        if (e != null) {
            Faces.info("catalogue.added", e.getNameVi());
            section.newVi = null;
            section.newEn = null;
            reload();
        }
    }

    public void startRename(Section section, CatalogueEntry entry) {
        editingSection = section;
        editingId = entry.getId();
        editVi = entry.getNameVi();
        editEn = entry.getNameEn();
    }

    public void rename() {
        if (Actions.run(() -> catalogue.rename(editingSection.type, editingId, editVi, editEn), "common.saved")) {
            reload();
            org.primefaces.PrimeFaces.current().executeScript("PF('renameDialog').hide()");
        }
    }

    public List<Section> getSections() {
        return sections;
    }

    public String getEditVi() {
        return editVi;
    }

    public void setEditVi(String editVi) {
        this.editVi = editVi;
    }

    public String getEditEn() {
        return editEn;
    }

    public void setEditEn(String editEn) {
        this.editEn = editEn;
    }
}
