package vn.cdtt.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/**
 * Another name people write for a catalogue entry ("Tiếng Ba Na" for Bahnar, "Kinh" for Vietnamese), accepted on
 * import like the entry's own names (V7__input_aliases.sql). {@code catalogue} is SKILL or LANGUAGE.
 */
@Entity
@Table(name = "catalogue_alias")
public class CatalogueAlias {

    public static final String SKILL = "SKILL";
    public static final String LANGUAGE = "LANGUAGE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    @Size(max = 20)
    private String catalogue;

    @Column(nullable = false)
    @Size(max = 40)
    private String code;

    @Column(nullable = false)
    @Size(max = 150)
    private String alias;

    @Version
    private long version;

    protected CatalogueAlias() {
    }

    public String getCatalogue() {
        return catalogue;
    }

    public String getCode() {
        return code;
    }

    public String getAlias() {
        return alias;
    }
}
