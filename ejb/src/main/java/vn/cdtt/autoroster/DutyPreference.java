package vn.cdtt.autoroster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.InvalidInputException.Problem;
import vn.cdtt.commune.SessionPart;

/**
 * A member's duty preferences for automatic rostering: weekdays and sessions they prefer or avoid, and whether they
 * want fewer, fuller days. The member declares them on their own record page; the solver weighs them (soft).
 */
@Entity
@Table(name = "duty_preference")
public class DutyPreference {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "preferred_days", nullable = false)
    @Size(max = 20)
    private String preferredDays = "";

    @Column(name = "avoided_days", nullable = false)
    @Size(max = 20)
    private String avoidedDays = "";

    @Column(name = "preferred_parts", nullable = false)
    @Size(max = 40)
    private String preferredParts = "";

    @Column(name = "avoided_parts", nullable = false)
    @Size(max = 40)
    private String avoidedParts = "";

    @Column(name = "fewer_days", nullable = false)
    private boolean fewerDays;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected DutyPreference() {
    }

    public DutyPreference(Long memberId) {
        this.memberId = memberId;
    }

    /** Replaces the preferences; a day or session both preferred and avoided is refused. */
    public void change(Set<DayOfWeek> preferred, Set<DayOfWeek> avoided, Set<SessionPart> preferredP,
                       Set<SessionPart> avoidedP, boolean fewer, LocalDateTime now) {
        if (preferred.stream().anyMatch(avoided::contains)) {
            throw new InvalidInputException(List.of(new Problem("avoidedDays", "preference.both")));
        }
        if (preferredP.stream().anyMatch(avoidedP::contains)) {
            throw new InvalidInputException(List.of(new Problem("avoidedParts", "preference.both")));
        }
        this.preferredDays = days(preferred);
        this.avoidedDays = days(avoided);
        this.preferredParts = parts(preferredP);
        this.avoidedParts = parts(avoidedP);
        this.fewerDays = fewer;
        this.updatedAt = now;
    }

    private static String days(Set<DayOfWeek> days) {
        return days.stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
    }

    private static String parts(Set<SessionPart> parts) {
        return parts.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<DayOfWeek> daysOf(String s) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(s.split(",")).filter(x -> !x.isBlank()).forEach(x -> days.add(DayOfWeek.of(Integer.parseInt(x))));
        return days;
    }

    private static Set<SessionPart> partsOf(String s) {
        Set<SessionPart> parts = EnumSet.noneOf(SessionPart.class);
        Arrays.stream(s.split(",")).filter(x -> !x.isBlank()).forEach(x -> parts.add(SessionPart.valueOf(x)));
        return parts;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Set<DayOfWeek> getPreferredDays() {
        return daysOf(preferredDays);
    }

    public Set<DayOfWeek> getAvoidedDays() {
        return daysOf(avoidedDays);
    }

    public Set<SessionPart> getPreferredParts() {
        return partsOf(preferredParts);
    }

    public Set<SessionPart> getAvoidedParts() {
        return partsOf(avoidedParts);
    }

    public boolean isFewerDays() {
        return fewerDays;
    }

    /** As the solver reads them. */
    public PlanMember.DutyPreferences toPlan() {
        return new PlanMember.DutyPreferences(getPreferredDays(), getAvoidedDays(), getPreferredParts(),
                getAvoidedParts(), fewerDays);
    }
}
