package vn.cdtt.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.cdtt.account.AccountService;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;

/** account/password.xhtml: everyone changes their own password, giving the current one. */
@Named
@RequestScoped
public class PasswordBacking {

    @EJB
    AccountService accounts;

    private String current;
    private String next;
    private String repeat;

    public String change() {
        if (next == null || !next.equals(repeat)) {
            Faces.error(null, "password.mismatch");
            return null;
        }
        return Actions.run(() -> accounts.changeOwnPassword(current, next), "password.changed")
                ? "/index?faces-redirect=true" : null;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
