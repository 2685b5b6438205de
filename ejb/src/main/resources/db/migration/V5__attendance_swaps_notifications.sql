-- The rest of the duty loop: attendance and citizens helped on each assignment, weekly patterns, swaps and the
-- open board, notifications (in-app inbox and an e-mail outbox), the member's calendar feed and e-mail choice,
-- and the province's swap cut-off. One column per ALTER statement: the same file serves H2 and MySQL.

-- Attendance is the source of truth for allowances: the member's own check-in and check-out, then the centre
-- staff's or coordinator's verdict (PRESENT / ABSENT), who gave it and why (a correction needs a reason).
ALTER TABLE assignment ADD COLUMN checked_in_at DATETIME(3);
ALTER TABLE assignment ADD COLUMN checked_out_at DATETIME(3);
ALTER TABLE assignment ADD COLUMN presence VARCHAR(12) DEFAULT 'UNCONFIRMED' NOT NULL;
ALTER TABLE assignment ADD COLUMN presence_by VARCHAR(60);
ALTER TABLE assignment ADD COLUMN presence_at DATETIME(3);
ALTER TABLE assignment ADD COLUMN presence_note VARCHAR(300);
-- set once, atomically, when the day-before reminder is sent: no second reminder after a restart
ALTER TABLE assignment ADD COLUMN reminded_at DATETIME(3);
ALTER TABLE assignment ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE assignment ADD CONSTRAINT ck_assignment_presence CHECK (presence IN ('UNCONFIRMED', 'PRESENT', 'ABSENT'));
ALTER TABLE assignment ADD CONSTRAINT ck_assignment_checkout CHECK (checked_out_at IS NULL OR checked_in_at IS NOT NULL);

-- Citizens helped on a shift, by service: counts only, never a citizen's personal data.
CREATE TABLE citizens_helped (
    assignment_id BIGINT NOT NULL,
    service VARCHAR(20) NOT NULL,
    helped INT NOT NULL,
    CONSTRAINT pk_citizens_helped PRIMARY KEY (assignment_id, service),
    CONSTRAINT ck_citizens_helped CHECK (helped BETWEEN 0 AND 1000),
    CONSTRAINT fk_citizens_helped_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE
);

-- "Member X every Monday morning at site Y": applied to a date range by the coordinator.
CREATE TABLE duty_pattern (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    commune_id BIGINT NOT NULL,
    site_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    day_of_week INT NOT NULL,
    part VARCHAR(10) NOT NULL,
    created_by VARCHAR(60) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    CONSTRAINT uq_duty_pattern UNIQUE (member_id, day_of_week, part),
    CONSTRAINT ck_duty_pattern_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT fk_duty_pattern_site FOREIGN KEY (site_id) REFERENCES service_site (id),
    CONSTRAINT fk_duty_pattern_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_duty_pattern_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);

-- A member asks a named colleague to take a shift (ASKED) or gives it to the commune's open board (OPEN); a
-- colleague accepts (ACCEPTED) and the coordinator approves (APPROVED) or rejects it.
CREATE TABLE swap_request (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    commune_id BIGINT NOT NULL,
    shift_id BIGINT NOT NULL,
    from_member_id BIGINT NOT NULL,
    to_member_id BIGINT,
    status VARCHAR(12) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    answered_at DATETIME(3),
    decided_at DATETIME(3),
    decided_by VARCHAR(60),
    version BIGINT NOT NULL,
    CONSTRAINT ck_swap_status CHECK (status IN ('ASKED', 'OPEN', 'ACCEPTED', 'APPROVED', 'DECLINED', 'REJECTED', 'CANCELLED')),
    CONSTRAINT fk_swap_shift FOREIGN KEY (shift_id) REFERENCES shift (id) ON DELETE CASCADE,
    CONSTRAINT fk_swap_from FOREIGN KEY (from_member_id) REFERENCES member (id),
    CONSTRAINT fk_swap_to FOREIGN KEY (to_member_id) REFERENCES member (id),
    CONSTRAINT fk_swap_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_swap_commune_status ON swap_request (commune_id, status);
CREATE INDEX ix_swap_shift ON swap_request (shift_id);

-- In-app inbox, already in the recipient's language. dedup_key (e.g. the reminder of one assignment) is unique
-- per recipient, so a job that runs twice cannot notify twice.
CREATE TABLE notification (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    message VARCHAR(600) NOT NULL,
    link VARCHAR(200),
    dedup_key VARCHAR(100),
    created_at DATETIME(3) NOT NULL,
    read_at DATETIME(3),
    CONSTRAINT uq_notification_dedup UNIQUE (account_id, dedup_key),
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_notification_inbox ON notification (account_id, created_at);

-- Outgoing e-mail, written in the transaction of the change it tells about (transactional outbox); a timer
-- sends PENDING mails through the Jakarta Mail session. In demo mode mails stay here as DEMO (the outbox page).
CREATE TABLE outbox_mail (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    recipient VARCHAR(150) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    body VARCHAR(2000) NOT NULL,
    status VARCHAR(10) NOT NULL,
    attempts INT NOT NULL,
    last_error VARCHAR(500),
    created_at DATETIME(3) NOT NULL,
    sent_at DATETIME(3),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'DEMO'))
);
CREATE INDEX ix_outbox_status ON outbox_mail (status, id);

-- The member's private calendar feed (a secret in the URL; a new one kills the old) and e-mail choice.
ALTER TABLE account ADD COLUMN calendar_token VARCHAR(64);
ALTER TABLE account ADD COLUMN email_notifications BOOLEAN DEFAULT TRUE NOT NULL;
CREATE UNIQUE INDEX uq_account_calendar_token ON account (calendar_token);

-- No swap or give-away by members later than this many hours before the shift (the coordinator still can).
ALTER TABLE province ADD COLUMN swap_cutoff_hours INT DEFAULT 12 NOT NULL;
ALTER TABLE province ADD CONSTRAINT ck_province_cutoff CHECK (swap_cutoff_hours BETWEEN 0 AND 168);
