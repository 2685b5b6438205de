package vn.cdtt.autoroster;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import vn.cdtt.commune.SessionPart;

/**
 * A member as the solver sees them (a problem fact): commune, whether they may be planned at all (active and in
 * the run's scope), the languages they speak, how many shifts they have attended, and their duty preferences.
 * Equality is identity: one instance per member and run.
 */
public final class PlanMember {

    private final Long id;
    private final String name;
    private final Long communeId;
    private final boolean active;
    private final boolean eligible;
    private final Set<String> languages;
    private final int attendedShifts;
    private final DutyPreferences preferences;
    private AvailabilityGroup availability;

    public PlanMember(Long id, String name, Long communeId, boolean active, boolean eligible, Set<String> languages,
                      int attendedShifts, DutyPreferences preferences) {
        this.id = id;
        this.name = name;
        this.communeId = communeId;
        this.active = active;
        this.eligible = eligible && active;
        this.languages = Set.copyOf(languages);
        this.attendedShifts = attendedShifts;
        this.preferences = preferences == null ? DutyPreferences.NONE : preferences;
        this.availability = AvailabilityGroup.alone(id);
    }

    /** Attended shifts from which a member counts as experienced. */
    public static final int EXPERIENCED_AFTER = 5;

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    public boolean isExperienced() {
        return attendedShifts >= EXPERIENCED_AFTER;
    }

    public boolean avoids(DayOfWeek day, SessionPart part) {
        return preferences.avoids(day, part);
    }

    public boolean prefers(DayOfWeek day, SessionPart part) {
        return preferences.prefers(day, part);
    }

    public boolean wantsFewerDays() {
        return preferences.fewerDays();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public boolean isActive() {
        return active;
    }

    /** May the solver put this member on a seat (active, and of a commune the run may draw on)? */
    public boolean isEligible() {
        return eligible;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public int getAttendedShifts() {
        return attendedShifts;
    }

    /** The members with the same availability in the run (set when the plan is built, then fixed). */
    public AvailabilityGroup getAvailability() {
        return availability;
    }

    /** Sets the member's availability group (when the plan is built, before solving; tests set it by hand). */
    public PlanMember setAvailability(AvailabilityGroup availability) {
        this.availability = availability;
        return this;
    }

    public DutyPreferences getPreferences() {
        return preferences;
    }

    @Override
    public String toString() {
        return name + "#" + id;
    }

    /** Preferred and avoided weekdays and sessions, and whether the member asked for fewer, fuller days. */
    public record DutyPreferences(Set<DayOfWeek> preferredDays, Set<DayOfWeek> avoidedDays,
                                  Set<SessionPart> preferredParts, Set<SessionPart> avoidedParts, boolean fewerDays) {

        public static final DutyPreferences NONE = new DutyPreferences(Set.of(), Set.of(), Set.of(), Set.of(), false);

        public DutyPreferences {
            preferredDays = copy(preferredDays, DayOfWeek.class);
            avoidedDays = copy(avoidedDays, DayOfWeek.class);
            preferredParts = copy(preferredParts, SessionPart.class);
            avoidedParts = copy(avoidedParts, SessionPart.class);
        }

        private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
            return values == null || values.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(values));
        }

        boolean avoids(DayOfWeek day, SessionPart part) {
            return avoidedDays.contains(day) || avoidedParts.contains(part);
        }

        /** A preferred day or session (and not avoided). */
        boolean prefers(DayOfWeek day, SessionPart part) {
            return !avoids(day, part) && (preferredDays.contains(day) || preferredParts.contains(part));
        }

        public boolean isEmpty() {
            return preferredDays.isEmpty() && avoidedDays.isEmpty() && preferredParts.isEmpty()
                    && avoidedParts.isEmpty() && !fewerDays;
        }
    }
}
