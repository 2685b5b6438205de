package vn.cdtt.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.cdtt.account.AccountService;
import vn.cdtt.web.common.Actions;

/** account/password.xhtml, second form: the number the account holder is called on (members call coordinators on it). */
@Named
@ViewScoped
public class PhoneBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountService accounts;

    private String phone;

    @PostConstruct
    void load() {
        phone = accounts.myPhone();
    }

    public void save() {
        if (Actions.run(() -> accounts.changeOwnPhone(phone), "common.saved")) {
            phone = accounts.myPhone();
        }
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
