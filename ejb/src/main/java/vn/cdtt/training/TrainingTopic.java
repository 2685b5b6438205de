package vn.cdtt.training;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.cdtt.roster.CatalogueEntry;

/** A topic of the digital-skills catalogue (the five basic skills, VNeID, AI assistants, …). */
@Entity
@Table(name = "training_topic")
public class TrainingTopic extends CatalogueEntry {

    protected TrainingTopic() {
    }

    public TrainingTopic(String code, String nameVi, String nameEn) {
        super(code, nameVi, nameEn);
    }
}
