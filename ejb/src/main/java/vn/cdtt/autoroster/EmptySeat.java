package vn.cdtt.autoroster;

import vn.cdtt.common.LocalizedText;

/** A seat the plan leaves empty, and why, in words ({@code autoroster.empty.*}). */
public record EmptySeat(PlanShift shift, LocalizedText reason) {
}
