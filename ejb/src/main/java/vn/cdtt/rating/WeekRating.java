package vn.cdtt.rating;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One week of a commune's history: the week's Monday, its colour and what it did not meet. */
public record WeekRating(LocalDate monday, RatingColour colour, List<UnmetCriterion> unmet) implements Serializable {

    public WeekRating {
        unmet = List.copyOf(unmet);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }
}
