/**
 * Backing beans of the allowance pages under /allowance/ (a commune's monthly statement, its workflow,
 * payment and the year against its budget; the whole province's month; the policy versions and their form), and the
 * download of a member's PDF statement (members under /me/, coordinators and viewers under /allowance/).
 */
package vn.cdtt.web.allowance;
