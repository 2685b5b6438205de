package vn.cdtt.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.cdtt.notification.Outbox;
import vn.cdtt.notification.OutboxMail;
import vn.cdtt.web.common.PagedModel;

/** admin/outbox.xhtml: the e-mails the system sent or, in demo mode, would have sent; newest first. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Outbox outbox;

    private PagedModel<OutboxMail> model;

    @PostConstruct
    void init() {
        Outbox service = outbox;
        model = new PagedModel<>(service::page, OutboxMail::getId);
    }

    public PagedModel<OutboxMail> getModel() {
        return model;
    }
}
