package vn.cdtt.web.duty;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cdtt.duty.SwapRequest;
import vn.cdtt.duty.SwapService;
import vn.cdtt.web.common.Actions;

/**
 * The swaps and give-aways of the board's commune waiting for the coordinator (duty/board.xhtml, below the
 * week): read again whenever the board shows a week, approved or rejected here.
 */
@Named
@ViewScoped
public class SwapApprovalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SwapService swaps;

    @Inject
    BoardBacking board;

    private List<SwapRequest> pending = List.of();

    void onBoardShown(@Observes BoardBacking.BoardShown shown) {
        pending = Actions.get(() -> swaps.pendingInCommune(shown.communeId()), pending);
    }

    public void approve(SwapRequest r) {
        if (Actions.run(() -> swaps.approve(r.getId()), "swap.approved")) {
            board.reload();
        }
    }

    public void reject(SwapRequest r) {
        if (Actions.run(() -> swaps.reject(r.getId()), "swap.rejected")) {
            board.reload();
        }
    }

    public List<SwapRequest> getPending() {
        return pending;
    }
}
