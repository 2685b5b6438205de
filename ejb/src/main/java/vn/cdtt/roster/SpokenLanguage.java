package vn.cdtt.roster;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A language a member speaks (Vietnamese, Jrai, Bahnar, …): it matters in ethnic-minority communes. */
@Entity
@Table(name = "spoken_language")
public class SpokenLanguage extends CatalogueEntry {

    protected SpokenLanguage() {
    }

    public SpokenLanguage(String code, String nameVi, String nameEn) {
        super(code, nameVi, nameEn);
    }
}
