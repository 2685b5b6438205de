package vn.cdtt.web.common;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.cdtt.common.PageRequest;
import vn.cdtt.commune.CommuneService;
import vn.cdtt.roster.MemberFilter;
import vn.cdtt.roster.MemberService;
import vn.cdtt.roster.MemberStatus;

/** The home page: greeting and the first figures of the caller's scope. */
@Named
@RequestScoped
public class HomeBacking {

    @EJB
    MemberService members;

    @EJB
    CommuneService communes;

    @EJB
    vn.cdtt.duty.MyShifts myShifts;

    @Inject
    UserSession session;

    private java.util.Optional<vn.cdtt.duty.Shift> nextShift;

    public String getDisplayName() {
        return session.getCaller().username();
    }

    public long getActiveMembers() {
        MemberFilter f = new MemberFilter();
        f.setStatus(MemberStatus.ACTIVE);
        return members.search(f, PageRequest.of(0, 1)).total();
    }

    /** A member's next shift, for the card on the home page (null when there is none). */
    public vn.cdtt.duty.Shift getNextShift() {
        if (nextShift == null) {
            nextShift = session.is("MEMBER") ? myShifts.next().stream().findFirst() : java.util.Optional.empty();
        }
        return nextShift.orElse(null);
    }

    public int getCommuneCount() {
        return communes.visibleCommunes().size();
    }
}
