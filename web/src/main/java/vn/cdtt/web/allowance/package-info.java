/**
 * Backing beans of the allowance pages under /allowance/ (a commune's monthly statement and its workflow).
 */
package vn.cdtt.web.allowance;
