/** Báo cáo tuần: the history of issued weekly reports, one report's figures, downloads and the distribution list. */
package vn.cdtt.web.report;
