-- Web push (issue 12 §2). The installation's VAPID key pair: made once, at the first push or subscription, by the
-- application (vn.cdtt.notification.PushKeys), so no key is ever in the repository; one row.
CREATE TABLE push_vapid_key (
    id BIGINT PRIMARY KEY,
    public_key VARCHAR(200) NOT NULL,
    private_key VARCHAR(200) NOT NULL,
    created_at DATETIME(3) NOT NULL
);

-- One row per browser (device) a member turned push on in; removed when the push service answers 404 or 410.
CREATE TABLE push_subscription (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT NOT NULL,
    endpoint VARCHAR(700) NOT NULL,
    p256dh VARCHAR(200) NOT NULL,
    auth VARCHAR(100) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    CONSTRAINT uq_push_subscription_endpoint UNIQUE (endpoint),
    CONSTRAINT fk_push_subscription_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_push_subscription_account ON push_subscription (account_id);

-- The member's choice of channels: the inbox always, e-mail (email_notifications, V5) and push.
ALTER TABLE account ADD COLUMN push_notifications BOOLEAN DEFAULT TRUE NOT NULL;
