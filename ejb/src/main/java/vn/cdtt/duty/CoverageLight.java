package vn.cdtt.duty;

/** How well a commune's week is staffed: every seat filled, 1–5 seats short, more than 5 short. */
public enum CoverageLight {
    GREEN, YELLOW, RED;

    public static final int YELLOW_MAX_SHORT = 5;

    public static CoverageLight of(int seatsShort) {
        if (seatsShort <= 0) {
            return GREEN;
        }
        return seatsShort <= YELLOW_MAX_SHORT ? YELLOW : RED;
    }
}
