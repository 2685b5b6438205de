package vn.cdtt.web.autoroster;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import vn.cdtt.autoroster.DutyPreference;
import vn.cdtt.autoroster.DutyPreferenceService;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.web.common.Actions;

/** The duty-preference panel of me/record.xhtml: the member's preferred and avoided weekdays and sessions. */
@Named
@ViewScoped
public class DutyPreferenceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DutyPreferenceService service;

    /** Enum names: a many-checkbox of a generic list would hand back strings anyway. */
    private String[] preferredDays = {};
    private String[] avoidedDays = {};
    private String[] preferredParts = {};
    private String[] avoidedParts = {};
    private boolean fewerDays;

    @PostConstruct
    void init() {
        DutyPreference p = Actions.get(service::mine, null);
        if (p != null) {
            preferredDays = names(p.getPreferredDays());
            avoidedDays = names(p.getAvoidedDays());
            preferredParts = names(p.getPreferredParts());
            avoidedParts = names(p.getAvoidedParts());
            fewerDays = p.isFewerDays();
        }
    }

    public void save() {
        Actions.run(() -> service.saveMine(days(preferredDays), days(avoidedDays), parts(preferredParts),
                parts(avoidedParts), fewerDays), "preference.saved");
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    private static Set<DayOfWeek> days(String[] names) {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (String n : names == null ? new String[0] : names) {
            set.add(DayOfWeek.valueOf(n));
        }
        return set;
    }

    private static Set<SessionPart> parts(String[] names) {
        Set<SessionPart> set = EnumSet.noneOf(SessionPart.class);
        for (String n : names == null ? new String[0] : names) {
            set.add(SessionPart.valueOf(n));
        }
        return set;
    }

    public SessionPart[] getParts() {
        return SessionPart.shiftParts();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public String[] getPreferredDays() {
        return preferredDays;
    }

    public void setPreferredDays(String[] preferredDays) {
        this.preferredDays = preferredDays;
    }

    public String[] getAvoidedDays() {
        return avoidedDays;
    }

    public void setAvoidedDays(String[] avoidedDays) {
        this.avoidedDays = avoidedDays;
    }

    public String[] getPreferredParts() {
        return preferredParts;
    }

    public void setPreferredParts(String[] preferredParts) {
        this.preferredParts = preferredParts;
    }

    public String[] getAvoidedParts() {
        return avoidedParts;
    }

    public void setAvoidedParts(String[] avoidedParts) {
        this.avoidedParts = avoidedParts;
    }

    public boolean isFewerDays() {
        return fewerDays;
    }

    public void setFewerDays(boolean fewerDays) {
        this.fewerDays = fewerDays;
    }
}
