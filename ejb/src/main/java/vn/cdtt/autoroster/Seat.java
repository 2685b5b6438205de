package vn.cdtt.autoroster;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One seat of a shift (the planning entity). Seats of existing assignments are pinned: the solver never moves
 * them. An empty seat may stay empty ({@code allowsUnassigned}): no hard rule is broken to fill it, an empty seat
 * only costs a medium point.
 */
@PlanningEntity
public class Seat {

    @PlanningId
    private String id;

    private PlanShift shift;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "members")
    private PlanMember member;

    @PlanningPin
    private boolean pinned;

    public Seat() {
    }

    public Seat(String id, PlanShift shift, PlanMember member, boolean pinned) {
        this.id = id;
        this.shift = shift;
        this.member = member;
        this.pinned = pinned;
    }

    /** An empty seat the solver fills. */
    public static Seat open(PlanShift shift, int index) {
        return new Seat(shift.getId() + "/" + shift.getDate() + "/" + shift.getSiteId() + "/" + shift.getPart()
                + "#" + index, shift, null, false);
    }

    /** The seat of an assignment that exists already. */
    public static Seat taken(PlanShift shift, PlanMember member) {
        return new Seat(shift.getId() + "/" + shift.getDate() + "/" + shift.getSiteId() + "/" + shift.getPart()
                + "@" + member.getId(), shift, member, true);
    }

    public String getId() {
        return id;
    }

    public PlanShift getShift() {
        return shift;
    }

    public PlanMember getMember() {
        return member;
    }

    public void setMember(PlanMember member) {
        this.member = member;
    }

    public boolean isPinned() {
        return pinned;
    }

    @Override
    public String toString() {
        return shift + " ← " + member;
    }
}
