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

    @Inject
    UserSession session;

    public String getDisplayName() {
        return session.getCaller().username();
    }

    public long getActiveMembers() {
        MemberFilter f = new MemberFilter();
        f.setStatus(MemberStatus.ACTIVE);
        return members.search(f, PageRequest.of(0, 1)).total();
    }

    public int getCommuneCount() {
        return communes.visibleCommunes().size();
    }
}
