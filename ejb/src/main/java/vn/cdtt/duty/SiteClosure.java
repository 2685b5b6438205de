package vn.cdtt.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.cdtt.commune.ServiceSite;

/** A day one site is closed (renovation, local event): no shifts are generated there on that day. */
@Entity
@Table(name = "site_closure")
public class SiteClosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private ServiceSite site;

    @Column(name = "closed_on", nullable = false)
    private LocalDate closedOn;

    @Column(nullable = false)
    @Size(max = 300)
    private String reason;

    @Version
    private long version;

    protected SiteClosure() {
    }

    public SiteClosure(ServiceSite site, LocalDate closedOn, String reason) {
        this.site = site;
        this.closedOn = closedOn;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public ServiceSite getSite() {
        return site;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getReason() {
        return reason;
    }
}
