-- Automatic rostering that explains itself: a stored proposal keeps what it achieves beside the quick fill of the same
-- period (seats filled, sessions per member, shifts with a speaker of the commune's language, preferences met and
-- avoided; the time to the first complete plan), its empty seats one row per shift with the cause and the facts
-- behind it (grouped by commune and cause on the page), and seats of shifts that did not exist yet (created when the
-- proposal is applied: a run writes nothing before), found by site, day and session.

ALTER TABLE autoroster_proposal ADD COLUMN measured BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE autoroster_proposal ADD COLUMN first_plan_ms BIGINT NOT NULL DEFAULT -1;
ALTER TABLE autoroster_proposal ADD COLUMN plan_fewest INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal ADD COLUMN plan_most INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal ADD COLUMN plan_spread INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal ADD COLUMN plan_language_shifts INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal ADD COLUMN plan_with_speaker INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal ADD COLUMN plan_preferred INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal ADD COLUMN plan_avoided INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal ADD COLUMN quick_filled INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal ADD COLUMN quick_fewest INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal ADD COLUMN quick_most INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal ADD COLUMN quick_spread INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal ADD COLUMN quick_language_shifts INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal ADD COLUMN quick_with_speaker INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal ADD COLUMN quick_preferred INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal ADD COLUMN quick_avoided INT NOT NULL DEFAULT 0;
ALTER TABLE autoroster_proposal DROP COLUMN fair_min;
ALTER TABLE autoroster_proposal DROP COLUMN fair_max;
ALTER TABLE autoroster_proposal DROP COLUMN fair_spread;
ALTER TABLE autoroster_proposal DROP COLUMN fair_groups;
ALTER TABLE autoroster_proposal DROP COLUMN fair_largest;
ALTER TABLE autoroster_proposal DROP COLUMN fair_largest_min;
ALTER TABLE autoroster_proposal DROP COLUMN fair_largest_max;

-- the proposed seats, now with the site (a seat of a shift still to create has no shift id); earlier proposals keep
-- theirs, so they can still be applied
CREATE TABLE autoroster_proposed_seat (
    proposal_id VARCHAR(36) NOT NULL,
    seat_order INT NOT NULL,
    shift_id BIGINT,
    site_id BIGINT,
    site_name VARCHAR(300) NOT NULL,
    seat_date DATE NOT NULL,
    part VARCHAR(20) NOT NULL,
    member_id BIGINT NOT NULL,
    member_name VARCHAR(300) NOT NULL,
    replaces_id BIGINT,
    replaces_name VARCHAR(300),
    PRIMARY KEY (proposal_id, seat_order),
    CONSTRAINT fk_autoroster_proposed_seat FOREIGN KEY (proposal_id) REFERENCES autoroster_proposal (id) ON DELETE CASCADE
);
INSERT INTO autoroster_proposed_seat (proposal_id, seat_order, shift_id, site_id, site_name, seat_date, part, member_id,
                                      member_name, replaces_id, replaces_name)
SELECT proposal_id, seat_order, shift_id, NULL, site_name, seat_date, part, member_id, member_name, replaces_id,
       replaces_name
FROM autoroster_proposal_seat;
DROP TABLE autoroster_proposal_seat;

-- the empty seats, one row per shift; the reasons of earlier proposals (one line per seat) are not kept: their
-- proposals show no reasons (measured = FALSE) and say so
CREATE TABLE autoroster_empty_session (
    proposal_id VARCHAR(36) NOT NULL,
    seat_order INT NOT NULL,
    commune_id BIGINT,
    commune_name VARCHAR(300),
    commune_type VARCHAR(20),
    cause VARCHAR(20) NOT NULL,
    site_name VARCHAR(300) NOT NULL,
    seat_date DATE NOT NULL,
    part VARCHAR(20) NOT NULL,
    seats INT NOT NULL,
    candidates INT NOT NULL,
    on_shift INT NOT NULL,
    busy INT NOT NULL,
    elsewhere INT NOT NULL,
    week_full INT NOT NULL,
    week_max INT NOT NULL,
    PRIMARY KEY (proposal_id, seat_order),
    CONSTRAINT fk_autoroster_empty_session FOREIGN KEY (proposal_id) REFERENCES autoroster_proposal (id) ON DELETE CASCADE
);
DROP TABLE autoroster_proposal_empty;
