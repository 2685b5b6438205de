package vn.cdtt.commune;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/** A province (Gia Lai, code 52). A second province is a row of data, not code. */
@Entity
@Table(name = "province")
public class Province {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    @Size(max = 10)
    private String code;

    @Column(nullable = false)
    @Size(max = 100)
    private String name;

    /** Members cannot swap or give away a shift later than this many hours before it (the coordinator can). */
    @Column(name = "swap_cutoff_hours", nullable = false)
    private int swapCutoffHours = 12;

    /** The most extra helpers one helper request may ask for per session (what a site can hold). */
    @Column(name = "helper_request_max", nullable = false)
    private int helperRequestMax = 6;

    @Version
    private long version;

    protected Province() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getSwapCutoffHours() {
        return swapCutoffHours;
    }

    public java.time.Duration swapCutoff() {
        return java.time.Duration.ofHours(swapCutoffHours);
    }

    public void changeSwapCutoffHours(int hours) {
        if (hours < 0 || hours > 168) {
            throw new vn.cdtt.common.InvalidInputException("settings.cutoff.invalid", 168);
        }
        this.swapCutoffHours = hours;
    }

    public int getHelperRequestMax() {
        return helperRequestMax;
    }

    public long getVersion() {
        return version;
    }
}
