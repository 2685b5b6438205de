/**
 * Backing beans of the duty pages under /duty/ (the week board).
 */
package vn.cdtt.web.duty;
