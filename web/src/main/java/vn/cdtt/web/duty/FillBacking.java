package vn.cdtt.web.duty;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.cdtt.duty.FairFill;
import vn.cdtt.duty.NotPlaced;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;

/**
 * The board's fair fill (duty/board.xhtml, fillDialog): a preview of who goes where for the week, or for one site's
 * row, then one "apply" that stores it; what no longer fits is listed on the board with the reason.
 */
@Named
@ViewScoped
public class FillBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FairFill fill;

    @Inject
    BoardBacking board;

    private List<FairFill.Placement> plan;
    private Long siteId;

    /** Plans the whole week shown on the board (every site, or the one site the board is narrowed to). */
    public void previewWeek() {
        preview(board.getSiteId());
    }

    /** Plans one site's row of the week. */
    public void previewRow(Long site) {
        preview(site);
    }

    private void preview(Long site) {
        siteId = site;
        plan = Actions.get(() -> fill.preview(board.getCommune().getCommuneId(), board.getWeek().getMonday(), site),
                List.of());
    }

    public void apply() {
        List<FairFill.Placement> toStore = plan == null ? List.of() : plan;
        List<NotPlaced> left = Actions.get(() -> fill.apply(board.getCommune().getCommuneId(), toStore), null);
        if (left != null) {
            Faces.info("board.fill.applied", toStore.size() - left.size(), left.size());
            board.reload();
            board.showNotPlaced(left);
            plan = null;
            PrimeFaces.current().executeScript("PF('fillDialog').hide()");
        }
    }

    public boolean isOpened() {
        return plan != null;
    }

    public List<FairFill.Placement> getPlan() {
        return plan == null ? List.of() : plan;
    }

    public Long getSiteId() {
        return siteId;
    }
}
