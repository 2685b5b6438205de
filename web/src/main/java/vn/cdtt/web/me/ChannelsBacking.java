package vn.cdtt.web.me;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.cdtt.notification.Channels;
import vn.cdtt.web.common.Actions;

/**
 * The "Nhận thông báo" panel of me/record.xhtml: e-mail and push on or off (the inbox always gets everything), how
 * many devices push goes to, and the installation's VAPID public key for the "turn on on this device" button
 * (resources/js/pwa.js subscribes the browser and posts it to /me/push-subscription).
 */
@Named
@ViewScoped
public class ChannelsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Channels channels;

    private Channels.Mine mine;
    private boolean email;
    private boolean push;

    @PostConstruct
    public void load() {
        mine = Actions.get(() -> channels.mine(), null);
        if (mine != null) {
            email = mine.email();
            push = mine.push();
        }
    }

    public void save() {
        if (Actions.run(() -> channels.choose(email, push), "channels.saved")) {
            load();
        }
    }

    public Channels.Mine getMine() {
        return mine;
    }

    public boolean isEmail() {
        return email;
    }

    public void setEmail(boolean email) {
        this.email = email;
    }

    public boolean isPush() {
        return push;
    }

    public void setPush(boolean push) {
        this.push = push;
    }
}
