/**
 * Duty at the service sites: shifts, assignments, holidays and closures, and the one "no two places at once"
 * rule every kind of duty shares (duty slots).
 */
package vn.cdtt.duty;
