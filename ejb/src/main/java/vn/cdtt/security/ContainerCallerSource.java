package vn.cdtt.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The caller the container authenticated (Jakarta Security form login). */
@ApplicationScoped
public class ContainerCallerSource implements CallerSource {

    @Inject
    SecurityContext securityContext;

    @Override
    public Optional<String> username() {
        Principal p = securityContext.getCallerPrincipal();
        return p == null || "ANONYMOUS".equals(p.getName()) ? Optional.empty() : Optional.of(p.getName());
    }
}
