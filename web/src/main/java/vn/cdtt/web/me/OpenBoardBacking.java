package vn.cdtt.web.me;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cdtt.common.BusinessException;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.SwapRequest;
import vn.cdtt.duty.SwapService;
import vn.cdtt.web.common.Faces;

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
        try {
            giveAways = swaps.openGiveAways();
            seats = swaps.openSeats();
        } catch (BusinessException e) {
            Faces.error(e);
        }
    }

    public void take(SwapRequest r) {
        try {
            swaps.accept(r.getId());
            Faces.info("swap.accepted");
        } catch (BusinessException e) {
            Faces.error(e);
        }
        reload();
    }

    public void takeSeat(Shift s) {
        try {
            swaps.takeOpenSeat(s.getId());
            Faces.info("open.taken");
        } catch (BusinessException e) {
            Faces.error(e);
        }
        reload();
    }

    public List<SwapRequest> getGiveAways() {
        return giveAways;
    }

    public List<SwapService.OpenSeat> getSeats() {
        return seats;
    }
}
