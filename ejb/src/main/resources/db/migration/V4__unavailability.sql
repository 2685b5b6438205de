-- A member's own "I cannot" for a date and session, with a reason. It takes the member's duty slot of that
-- session, so the same database key that stops two duties at once also stops an assignment while unavailable.
CREATE TABLE unavailability (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id BIGINT NOT NULL,
    commune_id BIGINT NOT NULL,
    off_date DATE NOT NULL,
    part VARCHAR(10) NOT NULL,
    reason VARCHAR(300) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    CONSTRAINT uq_unavailability UNIQUE (member_id, off_date, part),
    CONSTRAINT fk_unavailability_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_unavailability_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
