package vn.cdtt.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the application. Login is {@link SessionFormAuthentication} (our own Faces login page, the caller
 * kept in the session) against the account table through {@link AccountIdentityStore}.
 */
@DeclareRoles({"PROVINCE_COORDINATOR", "COMMUNE_COORDINATOR", "MEMBER", "CENTRE_STAFF", "VIEWER"})
@ApplicationScoped
public class SecurityConfiguration {
}
