-- Personal access tokens for the REST API (issue 14 §4). A token is 256 random bits shown once; only its SHA-256
-- is kept (token_hash, hex), so a copy of the table lets nobody call the API. prefix is the first characters of the
-- token, to tell tokens apart on the account page. A token is valid through expires_on (Vietnam date) until revoked;
-- revoked rows stay for the audit trail and the list.
CREATE TABLE access_token (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    token_hash CHAR(64) NOT NULL,
    prefix VARCHAR(16) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    expires_on DATE NOT NULL,
    last_used_at DATETIME(3),
    revoked_at DATETIME(3),
    CONSTRAINT uq_access_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_access_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_access_token_account ON access_token (account_id);
