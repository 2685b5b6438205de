package vn.cdtt.web.me;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.cdtt.common.BusinessException;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberService;

/** me/record.xhtml: a member's own record, read-only, on the phone (with their unavailability). */
@Named
@RequestScoped
public class MyRecordBacking {

    @EJB
    MemberService members;

    private Member member;

    @PostConstruct
    void load() {
        try {
            member = members.myRecord();
        } catch (BusinessException e) {
            member = null;
        }
    }

    public Member getMember() {
        return member;
    }
}
