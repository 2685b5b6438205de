/**
 * Backing beans of the allowance pages under /allowance/ (a commune's monthly statement and its workflow), and the
 * download of a member's PDF statement (members under /me/, coordinators and viewers under /allowance/).
 */
package vn.cdtt.web.allowance;
