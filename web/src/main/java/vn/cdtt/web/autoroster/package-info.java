/**
 * Backing beans of automatic rostering: autoroster/plan.xhtml (start, live progress, proposal, apply, the
 * province's settings) and the duty-preference panel of a member's record page.
 */
package vn.cdtt.web.autoroster;
