/**
 * Provinces, communes and wards, and the public administrative service sites with their weekly opening sessions;
 * and the lock on a commune's month while its allowance statement is under review ({@link vn.cdtt.commune.MonthLock}).
 */
package vn.cdtt.commune;
