package vn.cdtt.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.Gender;
import vn.cdtt.roster.MemberStatus;
import vn.cdtt.security.Role;
import vn.cdtt.audit.AuditAction;

/** Enum values for select menus, and the date pattern and time zone every page uses. */
@Named
@ApplicationScoped
public class EnumLabels {

    public Gender[] getGenders() {
        return Gender.values();
    }

    public MemberStatus[] getStatuses() {
        return MemberStatus.values();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public AuditAction[] getAuditActions() {
        return AuditAction.values();
    }

    public SessionPart[] getSessionParts() {
        return SessionPart.values();
    }

    /** Mornings and afternoons: the parts of a site's shifts (weekly patterns). */
    public SessionPart[] getShiftParts() {
        return SessionPart.shiftParts();
    }

    public String getDatePattern() {
        return VietnamTime.DATE_PATTERN;
    }

    public String getTimeZone() {
        return VietnamTime.ZONE.getId();
    }

    public LocalDate getToday() {
        return VietnamTime.today();
    }
}
