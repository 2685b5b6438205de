/**
 * Commune ratings by criteria (xếp loại xã theo tiêu chí): the province's effective-dated criteria catalogue
 * ({@link vn.cdtt.rating.RatingCriterion}, kept through {@link vn.cdtt.rating.RatingCriteria}), the communes'
 * declarations of the declared criteria with their evidence and the province's confirmation
 * ({@link vn.cdtt.rating.RatingDeclarations}), and the weekly GREEN / YELLOW / RED rating of every commune computed on
 * demand from the system's data ({@link vn.cdtt.rating.RatingService}, measures in {@link vn.cdtt.rating.Measurements}).
 */
package vn.cdtt.rating;
