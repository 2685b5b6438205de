/**
 * Provinces, communes and wards, and the public administrative service sites with their weekly opening sessions.
 */
package vn.cdtt.commune;
