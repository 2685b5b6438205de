package vn.cdtt.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own Faces page (so it can say how long to wait as well as "wrong password"), against the account
 * table through {@link AccountIdentityStore}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false,
                errorPage = ""))
@DeclareRoles({"PROVINCE_COORDINATOR", "COMMUNE_COORDINATOR", "MEMBER", "CENTRE_STAFF", "VIEWER"})
@ApplicationScoped
public class SecurityConfiguration {
}
