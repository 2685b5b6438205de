package vn.cdtt.web.request;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.cdtt.request.HelperRequestService;

/** The menu badge: helper requests waiting for the caller's answer, one count query per page. */
@Named
@RequestScoped
public class WaitingRequests {

    @EJB
    HelperRequestService requests;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = requests.waiting();
        }
        return count;
    }
}
