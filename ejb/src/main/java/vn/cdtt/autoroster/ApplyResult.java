package vn.cdtt.autoroster;

import java.util.List;
import vn.cdtt.common.LocalizedText;

/**
 * What applying a proposal did: how many seats it filled (moves included), how many of those were moves (an
 * unpinned member's seat given to another member), how many proposed seats were already on the board as proposed
 * (nothing to do), how many shifts it created (those the period called for that did not exist yet), and the seats
 * that no longer fit, with the rule.
 */
public record ApplyResult(int applied, int moved, int onBoard, int shiftsCreated, List<Refused> refused) {

    /** A proposed seat that no longer fits (someone took the seat, the member declared unavailability, …). */
    public record Refused(Proposal.ProposedSeat seat, LocalizedText reason) {
    }

    /** Was every proposed seat already on the board, so that applying changed nothing? */
    public boolean allOnBoard() {
        return applied == 0 && refused.isEmpty() && onBoard > 0;
    }
}
