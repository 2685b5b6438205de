package vn.cdtt.autoroster;

import java.util.List;
import vn.cdtt.common.LocalizedText;

/**
 * What applying a proposal did: how many seats it filled (moves included), how many of those were moves (an
 * unpinned member's seat given to another member), and the ones that no longer fit, with the rule.
 */
public record ApplyResult(int applied, int moved, List<Refused> refused) {

    /** A proposed seat that no longer fits (someone took the seat, the member declared unavailability, …). */
    public record Refused(Proposal.ProposedSeat seat, LocalizedText reason) {
    }
}
