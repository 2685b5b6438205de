-- Automatic rostering (tự động xếp lịch): a member's duty preferences, declared on their own record page.
-- Days are ISO weekday numbers (1 = Monday) and parts are session parts, comma-separated; fewer_days asks for
-- both sessions of a day rather than one session on many days.
CREATE TABLE duty_preference (
    member_id BIGINT NOT NULL PRIMARY KEY,
    preferred_days VARCHAR(20) NOT NULL DEFAULT '',
    avoided_days VARCHAR(20) NOT NULL DEFAULT '',
    preferred_parts VARCHAR(40) NOT NULL DEFAULT '',
    avoided_parts VARCHAR(40) NOT NULL DEFAULT '',
    fewer_days BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at DATETIME(3) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_duty_preference_member FOREIGN KEY (member_id) REFERENCES member (id)
);
