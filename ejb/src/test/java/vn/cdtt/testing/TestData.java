package vn.cdtt.testing;

import java.lang.reflect.Field;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.CommuneType;
import vn.cdtt.commune.Province;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.commune.SiteKind;
import vn.cdtt.commune.SiteSession;
import vn.cdtt.roster.Gender;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.MemberStatus;

/**
 * Entities for plain unit tests, without a container or database. The province and its communes are reference data
 * that only Flyway creates, so they have no public constructor: here their fields (and the ids the database would
 * give) are set directly; sites and their sessions are built through their own constructors. Members go through their real constructor and rules.
 * Call it with a {@link FixedClock} registered: a member's creation reads "now".
 */
public final class TestData {

    private TestData() {
    }

    public static Province province(long id) {
        Province p = instance(Province.class);
        set(p, "id", id);
        set(p, "code", "52");
        set(p, "name", "Gia Lai");
        return p;
    }

    public static Commune commune(Province province, long id, String name) {
        Commune c = instance(Commune.class);
        set(c, "id", id);
        set(c, "province", province);
        set(c, "code", String.valueOf(id));
        set(c, "name", name);
        set(c, "type", CommuneType.PHUONG);
        return c;
    }

    public static ServiceSite site(Commune commune, long id) {
        return saved(new ServiceSite(commune, SiteKind.COMMUNE_CENTRE, "Trung tâm PVHCC " + commune, "69 Hùng Vương"),
                id);
    }

    /** A weekly opening session of the site, e.g. Monday morning 07:30–11:30 with two seats. */
    public static SiteSession session(ServiceSite site, DayOfWeek day, SessionPart part, LocalTime start,
                                      LocalTime end, int seats) {
        return site.open(day, part, start, end, seats);
    }

    /** A form that breaks no member rule (with a fixed clock in 2026 or later). */
    public static MemberForm form(String fullName) {
        MemberForm form = new MemberForm();
        form.setFullName(fullName);
        form.setBirthDate(LocalDate.of(2001, 3, 14));
        form.setGender(Gender.FEMALE);
        form.setEthnicity("Jrai");
        form.setPhone("0905123456");
        form.setCitizenId("052201001234");
        form.setJoinedOn(LocalDate.of(2026, 1, 5));
        return form;
    }

    /** An active member of the commune, built through the member's own rules. */
    public static Member member(Commune commune, String fullName) {
        return new Member(commune, form(fullName), null, Set.of(), Set.of());
    }

    /** A member of the commune who has paused (not active). */
    public static Member pausedMember(Commune commune, String fullName) {
        Member m = member(commune, fullName);
        m.changeStatus(MemberStatus.PAUSED, LocalDate.of(2026, 6, 1), "Đi học xa");
        return m;
    }

    /** The entity as the database would hand it back after saving: with its id. */
    public static <T> T saved(T entity, long id) {
        set(entity, "id", id);
        return entity;
    }

    private static <T> T instance(Class<T> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName(), e);
        }
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(target.getClass().getName() + "." + field, e);
        }
    }
}
