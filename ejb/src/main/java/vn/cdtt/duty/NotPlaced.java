package vn.cdtt.duty;

import java.io.Serializable;
import java.time.LocalDate;
import vn.cdtt.commune.SessionPart;

/**
 * A member a plan wanted on a shift (last week's copy, a weekly pattern) who could not be placed there, and why:
 * a message key of the placement.* family taking the member's name.
 */
public record NotPlaced(String memberName, LocalDate date, SessionPart part, String reasonKey) implements Serializable {
}
