-- Automatic rostering: an existing assignment is pinned (the solver keeps it) unless a coordinator unpins it,
-- then the solver may move its seat to another member.
ALTER TABLE assignment ADD COLUMN pinned BOOLEAN DEFAULT TRUE NOT NULL;

-- Automatic rostering: a finished solve's proposal is kept (a restart of the server does not lose it): the run, the
-- seats it fills (a move names the member it replaces) and the seats it leaves empty with the reason (a message key
-- and its arguments, as the audit log stores them).
CREATE TABLE autoroster_proposal (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    province_id BIGINT NOT NULL,
    commune_id BIGINT,
    date_from DATE NOT NULL,
    date_to DATE NOT NULL,
    other_communes BOOLEAN NOT NULL,
    started_by VARCHAR(100) NOT NULL,
    started_at DATETIME(3) NOT NULL,
    state VARCHAR(20) NOT NULL,
    score VARCHAR(100) NOT NULL,
    feasible BOOLEAN NOT NULL,
    filled_seats INT NOT NULL,
    open_seats INT NOT NULL,
    elapsed_ms BIGINT NOT NULL,
    fair_min INT NOT NULL,
    fair_max INT NOT NULL,
    fair_spread INT NOT NULL,
    fair_groups INT NOT NULL,
    fair_largest INT NOT NULL,
    fair_largest_min INT NOT NULL,
    fair_largest_max INT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_autoroster_proposal_province FOREIGN KEY (province_id) REFERENCES province (id)
);
CREATE INDEX ix_autoroster_proposal_started ON autoroster_proposal (started_at);

CREATE TABLE autoroster_proposal_seat (
    proposal_id VARCHAR(36) NOT NULL,
    seat_order INT NOT NULL,
    shift_id BIGINT NOT NULL,
    site_name VARCHAR(300) NOT NULL,
    seat_date DATE NOT NULL,
    part VARCHAR(20) NOT NULL,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(300) NOT NULL,
    replaces_id BIGINT,
    replaces_name VARCHAR(300),
    PRIMARY KEY (proposal_id, seat_order),
    CONSTRAINT fk_autoroster_seat_proposal FOREIGN KEY (proposal_id) REFERENCES autoroster_proposal (id) ON DELETE CASCADE
);

CREATE TABLE autoroster_proposal_empty (
    proposal_id VARCHAR(36) NOT NULL,
    seat_order INT NOT NULL,
    site_name VARCHAR(300) NOT NULL,
    seat_date DATE NOT NULL,
    part VARCHAR(20) NOT NULL,
    reason_key VARCHAR(200) NOT NULL,
    reason_args VARCHAR(2000),
    PRIMARY KEY (proposal_id, seat_order),
    CONSTRAINT fk_autoroster_empty_proposal FOREIGN KEY (proposal_id) REFERENCES autoroster_proposal (id) ON DELETE CASCADE
);
