package vn.cdtt.web.me;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.SwapRequest;
import vn.cdtt.duty.SwapService;
import vn.cdtt.web.common.Actions;

/** me/open.xhtml: the commune's open board – shifts colleagues give away, and free seats anyone may take. */
@Named
@ViewScoped
public class OpenBoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SwapService swaps;

    private List<SwapRequest> giveAways = List.of();
    private List<SwapService.OpenSeat> seats = List.of();

    @PostConstruct
    void reload() {
        Actions.run(() -> {
            giveAways = swaps.openGiveAways();
            seats = swaps.openSeats();
        });
    }

    public void take(SwapRequest r) {
        Actions.run(() -> swaps.accept(r.getId()), "swap.accepted");
        reload();
    }

    public void takeSeat(Shift s) {
        Actions.run(() -> swaps.takeOpenSeat(s.getId()), "open.taken");
        reload();
    }

    public List<SwapRequest> getGiveAways() {
        return giveAways;
    }

    public List<SwapService.OpenSeat> getSeats() {
        return seats;
    }
}
