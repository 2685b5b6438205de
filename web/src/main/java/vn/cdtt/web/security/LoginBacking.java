package vn.cdtt.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cdtt.account.LoginOutcome;
import vn.cdtt.demo.DemoData;
import vn.cdtt.web.common.Faces;

/** The login page. After login the session id changes, and the user lands on the page they asked for, or home. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    @ConfigProperty(name = "cdtt.demo", defaultValue = "false")
    boolean demo;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        String name = username == null ? "" : username.trim().toLowerCase();
        AuthenticationStatus status = securityContext.authenticate((HttpServletRequest) ext.getRequest(),
                (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(name, password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                // a new session id after login: no session fixation
                HttpServletRequest request = (HttpServletRequest) ext.getRequest();
                request.changeSessionId();
                ext.redirect(ext.getRequestContextPath() + SessionFormAuthentication.continueTo(request));
                faces.responseComplete();
            }
            default -> {
                // one message for every failure, whichever part was wrong; only a throttled attempt says more
                Object outcome = ext.getRequestMap().get(AccountIdentityStore.OUTCOME);
                if (outcome instanceof LoginOutcome o && o.result() == LoginOutcome.Result.THROTTLED) {
                    Faces.error(null, "login.throttled", o.retryAfterSeconds());
                } else {
                    Faces.error(null, "login.failed");
                }
                password = null;
            }
        }
    }

    public boolean isDemo() {
        return demo;
    }

    public String getDemoPassword() {
        return demo ? DemoData.PASSWORD : "";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
