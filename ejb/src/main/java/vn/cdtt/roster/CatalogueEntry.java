package vn.cdtt.roster;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;

/** An entry of an editable catalogue: a stable code and a Vietnamese and an English name. */
@MappedSuperclass
public abstract class CatalogueEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Version
    private long version;

    protected CatalogueEntry() {
    }

    protected CatalogueEntry(String code, String nameVi, String nameEn) {
        this.code = Objects.requireNonNull(code);
        rename(nameVi, nameEn);
    }

    public final void rename(String nameVi, String nameEn) {
        this.nameVi = Objects.requireNonNull(nameVi).trim();
        this.nameEn = nameEn == null || nameEn.isBlank() ? this.nameVi : nameEn.trim();
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && code.equals(((CatalogueEntry) o).code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
