/** Tổng quan: the dashboard page (dashboard/index.xhtml). */
package vn.cdtt.web.dashboard;
