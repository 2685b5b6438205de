package vn.cdtt.web.me;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.SwapRequest;
import vn.cdtt.duty.SwapService;
import vn.cdtt.request.HelperRequestService;
import vn.cdtt.request.RequestSeatsOnBoard;
import vn.cdtt.web.common.Actions;

/**
 * me/open.xhtml: the commune's open board – shifts colleagues give away, and free seats anyone may take. A shift a
 * centre's helper request added seats to shows them apart, as the centre's request: taking one of those puts the member
 * on the request's seat (the centre sees its request filled), taking the other free seats on the site's usual ones.
 */
@Named
@ViewScoped
public class OpenBoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Free seats of one shift: the request's ({@code request} not null) or the site's usual ones.
     *
     * @param free how many of that kind are free
     */
    public record Seats(Shift shift, int free, RequestSeatsOnBoard request) implements Serializable {
    }

    @EJB
    SwapService swaps;

    @EJB
    HelperRequestService requests;

    private List<SwapRequest> giveAways = List.of();
    private List<Seats> seats = List.of();

    @PostConstruct
    void reload() {
        Actions.run(() -> {
            giveAways = swaps.openGiveAways();
            seats = split(swaps.openSeats());
        });
    }

    /** Each shift's free seats, the request's first (they are why the centre asked) and then the usual ones. */
    private List<Seats> split(List<SwapService.OpenSeat> open) {
        Map<Long, RequestSeatsOnBoard> requested = requests.onOpenBoard(open.stream().map(o -> o.shift().getId())
                .toList()).stream().collect(Collectors.toMap(RequestSeatsOnBoard::shiftId, Function.identity(), (a, b) -> a));
        List<Seats> all = new ArrayList<>();
        for (SwapService.OpenSeat o : open) {
            RequestSeatsOnBoard r = requested.get(o.shift().getId());
            int forRequest = r == null ? 0 : Math.min(r.free(), o.free());
            if (forRequest > 0) {
                all.add(new Seats(o.shift(), forRequest, r));
            }
            if (o.free() > forRequest) {
                all.add(new Seats(o.shift(), o.free() - forRequest, null));
            }
        }
        return all;
    }

    public void take(SwapRequest r) {
        Actions.run(() -> swaps.accept(r.getId()), "swap.accepted");
        reload();
    }

    public void takeSeat(Seats s) {
        Long request = s.request() == null ? null : s.request().requestId();
        Actions.run(() -> swaps.takeOpenSeat(s.shift().getId(), request), "open.taken");
        reload();
    }

    public List<SwapRequest> getGiveAways() {
        return giveAways;
    }

    public List<Seats> getSeats() {
        return seats;
    }
}
