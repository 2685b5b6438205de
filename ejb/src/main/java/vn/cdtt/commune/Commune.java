package vn.cdtt.commune;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/** A commune or ward (đơn vị hành chính cấp xã) of a province; every roster record belongs to one. */
@Entity
@Table(name = "commune")
public class Commune {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "province_id")
    private Province province;

    @Column(nullable = false)
    @Size(max = 10)
    private String code;

    @Column(nullable = false)
    @Size(max = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommuneType type;

    @Column(name = "former_province")
    @Size(max = 100)
    private String formerProvince;

    @Version
    private long version;

    protected Commune() {
    }

    public Long getId() {
        return id;
    }

    public Province getProvince() {
        return province;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CommuneType getType() {
        return type;
    }

    public String getFormerProvince() {
        return formerProvince;
    }

    @Override
    public String toString() {
        return type.fullName(name);
    }
}
