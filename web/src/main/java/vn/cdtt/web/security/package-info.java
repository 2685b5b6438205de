/**
 * Form login, the identity store over the account table, and security headers.
 */
package vn.cdtt.web.security;
