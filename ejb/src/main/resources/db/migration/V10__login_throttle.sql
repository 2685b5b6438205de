-- Failed logins are throttled in memory per login name and client address (vn.cdtt.account.LoginThrottle), no
-- longer counted on the account, which no longer locks.
ALTER TABLE account DROP COLUMN failed_logins;
ALTER TABLE account DROP COLUMN locked_until;
