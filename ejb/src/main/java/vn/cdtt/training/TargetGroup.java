package vn.cdtt.training;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.cdtt.roster.CatalogueEntry;

/** A group of citizens a training is for (elderly, ethnic minorities, farmers, …). */
@Entity
@Table(name = "target_group")
public class TargetGroup extends CatalogueEntry {

    protected TargetGroup() {
    }

    public TargetGroup(String code, String nameVi, String nameEn) {
        super(code, nameVi, nameEn);
    }
}
