/**
 * Accounts, roles, PBKDF2 passwords, lockout, and the caller whose role and commune every service checks.
 */
package vn.cdtt.security;
