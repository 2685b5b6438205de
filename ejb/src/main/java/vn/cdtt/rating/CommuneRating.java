package vn.cdtt.rating;

import java.io.Serializable;
import java.util.List;

/** A commune's rating for one week, with the criteria it did not meet (in catalogue order). */
public record CommuneRating(long communeId, String communeName, RatingColour colour, List<UnmetCriterion> unmet)
        implements Serializable {

    public CommuneRating {
        unmet = List.copyOf(unmet);
    }

    public int unmetCount() {
        return unmet.size();
    }
}
