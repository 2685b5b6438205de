package vn.cdtt.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cdtt.account.AccessToken;
import vn.cdtt.account.AccessTokens;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.web.common.Actions;

/**
 * account/password.xhtml, "API tokens": everyone makes and revokes their own personal access tokens for the REST API.
 * A new token's secret is shown once, on the answer to its creation, and forgotten by the next action.
 */
@Named
@ViewScoped
public class TokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The validity periods offered, in days (the service allows up to a year). */
    private static final List<Integer> PERIODS = List.of(30, 90, 180, 365);

    @EJB
    AccessTokens tokens;

    private String name;
    private int days = AccessToken.DEFAULT_DAYS;
    private String secret;
    private List<AccessToken> mine;

    @PostConstruct
    void load() {
        mine = Actions.get(tokens::mine, List.of());
    }

    public void create() {
        secret = null;
        AccessTokens.Created made = Actions.get(() -> tokens.create(name, VietnamTime.today().plusDays(days)), null);
        if (made != null) {
            secret = made.secret();
            name = null;
            load();
        }
    }

    public void revoke(AccessToken token) {
        secret = null;
        if (Actions.run(() -> tokens.revoke(token.getId()), "token.revoked", token.getName())) {
            load();
        }
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public List<AccessToken> getMine() {
        return mine;
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
