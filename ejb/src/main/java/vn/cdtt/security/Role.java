package vn.cdtt.security;

/** The five roles of DOMAIN.md. The name is also the Jakarta Security group and role name. */
public enum Role {
    PROVINCE_COORDINATOR, COMMUNE_COORDINATOR, MEMBER, CENTRE_STAFF, VIEWER;

    /** Roles whose account is bound to one commune. */
    public boolean communeBound() {
        return this == COMMUNE_COORDINATOR || this == MEMBER || this == CENTRE_STAFF;
    }
}
