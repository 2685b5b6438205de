package vn.cdtt.web.me;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.SwapService;
import vn.cdtt.roster.Member;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;

/**
 * The hand-over sheet of me/shifts.xhtml (swapForm, a plain form at the top of the page): asks a named colleague, free in that session, to take a
 * shift – found by a search box, never a drop-down of the whole commune.
 */
@Named
@ViewScoped
public class SwapAskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SwapService swaps;

    @Inject
    MyShiftsBacking myShifts;

    private Shift swapShift;
    private Long colleagueId;
    private List<Member> colleagues = List.of();
    private String search;

    /** Opens the dialog on one of my shifts. */
    public void startSwap(Shift s) {
        swapShift = s;
        colleagueId = null;
        search = null;
        colleagues = Actions.get(() -> swaps.colleagues(s.getId(), null), List.of());
    }

    /** The search box changed: the free colleagues whose name (or phone) matches it. */
    public void search() {
        colleagueId = null;
        colleagues = Actions.get(() -> swaps.colleagues(swapShift.getId(), search), List.of());
    }

    /** The list is cut: more colleagues match than it shows. */
    public boolean isMore() {
        return colleagues.size() >= SwapService.COLLEAGUES_SHOWN;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public void ask() {
        if (colleagueId == null) {
            Faces.error(null, "swap.colleague.required");
            return;
        }
        if (Actions.run(() -> swaps.ask(swapShift.getId(), colleagueId), "swap.asked")) {
            myShifts.reload();
            close();
        }
    }

    /** Closes the hand-over sheet (Huỷ, or once the request is sent). */
    public void close() {
        swapShift = null;
        colleagueId = null;
        search = null;
        colleagues = List.of();
    }

    public Shift getSwapShift() {
        return swapShift;
    }

    public Long getColleagueId() {
        return colleagueId;
    }

    public void setColleagueId(Long colleagueId) {
        this.colleagueId = colleagueId;
    }

    public List<Member> getColleagues() {
        return colleagues;
    }
}
