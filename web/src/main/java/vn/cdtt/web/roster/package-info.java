/**
 * Backing beans of the roster pages under /roster/.
 */
package vn.cdtt.web.roster;
