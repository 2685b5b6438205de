/**
 * Backing beans of the allowance pages under /allowance/ (a commune's monthly statement, its workflow,
 * payment and the year against its budget; the policy versions and their form).
 */
package vn.cdtt.web.allowance;
