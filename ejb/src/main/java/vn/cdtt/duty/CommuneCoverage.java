package vn.cdtt.duty;

import java.io.Serializable;
import vn.cdtt.commune.CommuneType;

/** A commune's week: seats required at its sites, seats filled, and the light that follows. */
public record CommuneCoverage(Long communeId, String communeName, CommuneType communeType, int required, int filled)
        implements Serializable {

    public int seatsShort() {
        return Math.max(0, required - filled);
    }

    public CoverageLight light() {
        return CoverageLight.of(seatsShort());
    }
}
