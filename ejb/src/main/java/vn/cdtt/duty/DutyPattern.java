package vn.cdtt.duty;

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
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.Member;

/**
 * A weekly recurring duty (lịch trực cố định): member X every Monday morning at site Y. Applying the patterns to
 * a date range places the members on the matching shifts, under the same rules as any assignment.
 */
@Entity
@Table(name = "duty_pattern")
public class DutyPattern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private ServiceSite site;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionPart part;

    @Column(name = "created_by", nullable = false)
    @Size(max = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected DutyPattern() {
    }

    public DutyPattern(ServiceSite site, Member member, DayOfWeek day, SessionPart part, String by, LocalDateTime now) {
        if (site == null || member == null || day == null || part == null) {
            throw new InvalidInputException("pattern.incomplete");
        }
        if (!member.getCommune().getId().equals(site.getCommune().getId())) {
            throw new InvalidInputException("shift.member.otherCommune", member.getFullName());
        }
        if (!member.isActive()) {
            throw new InvalidInputException("shift.member.notActive", member.getFullName());
        }
        this.provinceId = site.getProvince().getId();
        this.communeId = site.getCommune().getId();
        this.site = site;
        this.member = member;
        this.dayOfWeek = day.getValue();
        this.part = part;
        this.createdBy = by;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public ServiceSite getSite() {
        return site;
    }

    public Member getMember() {
        return member;
    }

    public DayOfWeek getDayOfWeek() {
        return DayOfWeek.of(dayOfWeek);
    }

    public SessionPart getPart() {
        return part;
    }
}
