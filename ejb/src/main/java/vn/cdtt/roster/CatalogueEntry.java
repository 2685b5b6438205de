package vn.cdtt.roster;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.common.validation.PlainName;

/** An entry of an editable catalogue: a stable code and a Vietnamese and an English name. */
@MappedSuperclass
public abstract class CatalogueEntry {

    public static final int MAX_NAME = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    @Size(max = 40)
    private String code;

    @Column(name = "name_vi", nullable = false)
    @Size(max = 150)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    @Size(max = 150)
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
        String vi = checked(Objects.requireNonNull(nameVi), "catalogue.nameVi");
        String en = nameEn == null || nameEn.isBlank() ? vi : checked(nameEn, "catalogue.nameEn");
        this.nameVi = vi;
        this.nameEn = en;
    }

    /** A name in NFC that fits its column (name_vi, name_en: 150) and is plain text; {@code label} names it. */
    private static String checked(String name, String label) {
        String clean = VietnameseText.clean(name);
        if (clean.isEmpty()) {
            throw new InvalidInputException("catalogue.name.required");
        }
        if (clean.length() > MAX_NAME) {
            throw new InvalidInputException("catalogue.name.tooLong", MAX_NAME);
        }
        PlainName.Validator.problem(clean).ifPresent(key -> {
            throw new InvalidInputException(key, LocalizedText.label(label));
        });
        return clean;
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
