package vn.cdtt.web.me;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberService;
import vn.cdtt.web.common.Actions;

/** me/record.xhtml: a member's own record, read-only, on the phone (with their unavailability). */
@Named
@RequestScoped
public class MyRecordBacking {

    @EJB
    MemberService members;

    private Member member;

    @PostConstruct
    void load() {
        member = Actions.getOrElse(members::myRecord, null);
    }

    public Member getMember() {
        return member;
    }
}
