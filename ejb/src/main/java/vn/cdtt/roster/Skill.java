package vn.cdtt.roster;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A skill of the editable catalogue (VNeID activation, online public services, …). */
@Entity
@Table(name = "skill")
public class Skill extends CatalogueEntry {

    protected Skill() {
    }

    public Skill(String code, String nameVi, String nameEn) {
        super(code, nameVi, nameEn);
    }
}
