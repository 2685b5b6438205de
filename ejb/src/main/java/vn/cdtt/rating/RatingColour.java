package vn.cdtt.rating;

/** A commune's week: every criterion met, 1–5 not met, more than 5 not met (DOMAIN.md, "Monitoring"). */
public enum RatingColour {
    GREEN, YELLOW, RED;

    public static final int YELLOW_MAX_UNMET = 5;

    public static RatingColour of(int unmet) {
        if (unmet <= 0) {
            return GREEN;
        }
        return unmet <= YELLOW_MAX_UNMET ? YELLOW : RED;
    }
}
