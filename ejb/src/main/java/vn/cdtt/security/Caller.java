package vn.cdtt.security;

import java.util.Locale;
import java.util.Set;
import vn.cdtt.common.Messages;

/**
 * Who is calling a service, and the scope they act in. Every service asks it before it reads or writes:
 * a commune coordinator only their commune, a viewer nothing to change, a member only their own record.
 */
public record Caller(Long accountId, String username, Role role, Long provinceId, Long communeId, Long siteId,
                     Long memberId, String locale) {

    public boolean is(Role... roles) {
        return Set.of(roles).contains(role);
    }

    public Locale preferredLocale() {
        return Messages.supported(locale);
    }

    public void require(Role... roles) {
        if (!is(roles)) {
            throw new AccessDeniedException();
        }
    }

    /** Only a member whose account is linked to their record: everything "my …" in the member portal. */
    public Caller requireMember() {
        if (role != Role.MEMBER || memberId == null) {
            throw new AccessDeniedException();
        }
        return this;
    }

    /** Province-wide readers see every commune of their province. */
    public boolean readsWholeProvince() {
        return is(Role.PROVINCE_COORDINATOR, Role.VIEWER);
    }

    /** May this caller read the roster of that commune (of that province)? */
    public boolean canReadRoster(Long communeProvinceId, Long communeId) {
        if (!provinceId.equals(communeProvinceId)) {
            return false;
        }
        return readsWholeProvince() || (role == Role.COMMUNE_COORDINATOR && communeId.equals(this.communeId));
    }

    public void requireReadRoster(Long communeProvinceId, Long communeId) {
        if (!canReadRoster(communeProvinceId, communeId)) {
            throw new AccessDeniedException();
        }
    }

    /**
     * The commune a caller's lists and reports are limited to: a commune coordinator's own (asking for another is
     * refused); for province-wide readers the requested one, or null for the whole province; nobody else reads.
     */
    public Long communeScope(Long requested) {
        if (role == Role.COMMUNE_COORDINATOR) {
            if (requested != null && !requested.equals(communeId)) {
                throw new AccessDeniedException();
            }
            return communeId;
        }
        if (readsWholeProvince()) {
            return requested;
        }
        throw new AccessDeniedException();
    }

    /** May this caller change the roster of that commune? Coordinators only, commune ones in their commune. */
    public void requireWriteRoster(Long communeProvinceId, Long communeId) {
        if (!provinceId.equals(communeProvinceId)) {
            throw new AccessDeniedException();
        }
        if (role == Role.PROVINCE_COORDINATOR) {
            return;
        }
        if (role == Role.COMMUNE_COORDINATOR && communeId.equals(this.communeId)) {
            return;
        }
        throw new AccessDeniedException();
    }
}
