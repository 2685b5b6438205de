/**
 * Tổng quan (dashboard): the province's and a commune's picture in figures – now, this week, the last 12 weeks,
 * the year's training targets and allowances – counted in the database with a fixed number of grouped queries.
 * {@link vn.cdtt.dashboard.WeekFigures} is the reusable figure set of one week (the weekly report freezes it).
 */
package vn.cdtt.dashboard;
