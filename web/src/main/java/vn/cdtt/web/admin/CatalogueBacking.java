package vn.cdtt.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cdtt.common.BusinessException;
import vn.cdtt.roster.CatalogueService;
import vn.cdtt.roster.Skill;
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.web.common.Faces;

/** admin/catalogue.xhtml: the province coordinator keeps the skills and languages catalogues. */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CatalogueService catalogue;

    private List<Skill> skills;
    private List<SpokenLanguage> languages;
    private String skillVi;
    private String skillEn;
    private String languageVi;
    private String languageEn;
    private Long editingId;
    private String editVi;
    private String editEn;

    @PostConstruct
    void reload() {
        skills = catalogue.skills();
        languages = catalogue.languages();
    }

    public void addSkill() {
        try {
            Skill s = catalogue.addSkill(skillVi, skillEn);
            Faces.info("catalogue.added", s.getNameVi());
            skillVi = null;
            skillEn = null;
            reload();
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    public void addLanguage() {
        try {
            SpokenLanguage l = catalogue.addLanguage(languageVi, languageEn);
            Faces.info("catalogue.added", l.getNameVi());
            languageVi = null;
            languageEn = null;
            reload();
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    public void startRename(Skill skill) {
        editingId = skill.getId();
        editVi = skill.getNameVi();
        editEn = skill.getNameEn();
    }

    public void renameSkill() {
        try {
            catalogue.renameSkill(editingId, editVi, editEn);
            Faces.info("common.saved");
            reload();
            org.primefaces.PrimeFaces.current().executeScript("PF('renameDialog').hide()");
        } catch (BusinessException e) {
            Faces.error(e);
        }
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

    public List<Skill> getSkills() {
        return skills;
    }

    public List<SpokenLanguage> getLanguages() {
        return languages;
    }

    public String getSkillVi() {
        return skillVi;
    }

    public void setSkillVi(String skillVi) {
        this.skillVi = skillVi;
    }

    public String getSkillEn() {
        return skillEn;
    }

    public void setSkillEn(String skillEn) {
        this.skillEn = skillEn;
    }

    public String getLanguageVi() {
        return languageVi;
    }

    public void setLanguageVi(String languageVi) {
        this.languageVi = languageVi;
    }

    public String getLanguageEn() {
        return languageEn;
    }

    public void setLanguageEn(String languageEn) {
        this.languageEn = languageEn;
    }
}
