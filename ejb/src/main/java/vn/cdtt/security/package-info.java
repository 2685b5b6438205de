/**
 * The caller/role kernel every service checks: who is calling ({@link vn.cdtt.security.Caller}, resolved by
 * {@link vn.cdtt.security.Callers} from a {@link vn.cdtt.security.CallerSource}), the five roles and the access
 * rules. It depends on nothing but vn.cdtt.common; accounts, passwords and logins live in vn.cdtt.account.
 */
package vn.cdtt.security;
