package vn.cdtt.dashboard;

import java.io.Serializable;

/**
 * This session, now: the sites open at this moment (a session of today whose hours include now, or a shift under
 * way), how many are fully staffed, short (some seats filled) or empty (none), and the members checked in on them.
 */
public record NowFigures(int sitesOpen, int staffed, int shortOf, int emptySites, int checkedIn) implements Serializable {
}
