/**
 * Báo cáo tuần (weekly report): every Monday 07:00 the previous week's figures are frozen per commune and for the
 * province, served as .xlsx and PDF, listed on a history page and mailed to the province's distribution list.
 */
package vn.cdtt.report;
