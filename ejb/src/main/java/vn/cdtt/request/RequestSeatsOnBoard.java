package vn.cdtt.request;

import java.io.Serializable;

/**
 * A centre's request as the members' open board shows it on one shift: the request's seats still free there (the
 * shift's other free seats are the site's usual ones) and what the centre asks for.
 *
 * @param free  the request's seats on the shift nobody has taken yet
 * @param needs the requested languages and skills by name, e.g. "Jrai, VNeID" (empty when none)
 */
public record RequestSeatsOnBoard(Long requestId, Long shiftId, int free, RequestReason reason, String reasonText,
                                  String needs) implements Serializable {
}
