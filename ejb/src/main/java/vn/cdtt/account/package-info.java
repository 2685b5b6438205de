/**
 * Account management: logins with PBKDF2 passwords and lockout, the province coordinator's account list, each
 * user's language and e-mail choice. Builds on the caller/role kernel of vn.cdtt.security.
 */
package vn.cdtt.account;
