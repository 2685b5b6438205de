package vn.cdtt.web.me;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import vn.cdtt.common.BusinessException;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberService;

/** me/record.xhtml: a member's own record, read-only, on the phone. */
@Named
@RequestScoped
public class MyRecordBacking {

    @EJB
    MemberService members;

    @EJB
    ShiftService shifts;

    private Member member;
    private List<Shift> nextShifts = List.of();

    @PostConstruct
    void load() {
        try {
            member = members.myRecord();
            nextShifts = shifts.myNextShifts();
        } catch (BusinessException e) {
            member = null;
        }
    }

    public Member getMember() {
        return member;
    }

    public List<Shift> getNextShifts() {
        return nextShifts;
    }

    /** The others on the same shift: the partner(s) on duty. */
    public List<Member> partners(Shift shift) {
        return shift.getAssignments().stream().map(a -> a.getMember())
                .filter(m -> !m.getId().equals(member.getId())).toList();
    }
}
