package vn.cdtt.rating;

import java.io.Serializable;

/** A criterion a commune did not meet in a week: its code and its name in the caller's language. */
public record UnmetCriterion(String code, String name) implements Serializable {
}
