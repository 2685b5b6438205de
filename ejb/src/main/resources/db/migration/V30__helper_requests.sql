-- Helper requests (đề nghị hỗ trợ nhân lực): a service centre asks for extra helpers on busy days; the coordinator
-- who runs the site accepts (raising the seats of the shifts of those sessions) or declines, then fills the seats.

-- The most extra helpers one request may ask for per session (a province setting: what a site can hold).
ALTER TABLE province ADD COLUMN helper_request_max INT NOT NULL DEFAULT 6;

CREATE TABLE helper_request (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    commune_id BIGINT NOT NULL,
    site_id BIGINT NOT NULL,
    first_day DATE NOT NULL,
    last_day DATE NOT NULL,
    sessions VARCHAR(10) NOT NULL,
    helpers INT NOT NULL,
    reason VARCHAR(20) NOT NULL,
    reason_text VARCHAR(300),
    contact_name VARCHAR(100) NOT NULL,
    contact_phone VARCHAR(15) NOT NULL,
    answer_by DATETIME(3) NOT NULL,
    state VARCHAR(10) NOT NULL,
    decline_reason VARCHAR(300),
    rating VARCHAR(200),
    filed_by VARCHAR(60) NOT NULL,
    filed_at DATETIME(3) NOT NULL,
    answered_by VARCHAR(60),
    answered_at DATETIME(3),
    -- when the 24-hour reminder to the coordinator and the 48-hour "still short" reminder to the province went out
    answer_reminded_at DATETIME(3),
    short_reminded_at DATETIME(3),
    version BIGINT NOT NULL,
    CONSTRAINT ck_request_days CHECK (last_day >= first_day),
    CONSTRAINT ck_request_helpers CHECK (helpers BETWEEN 1 AND 19),
    CONSTRAINT ck_request_state CHECK (state IN ('NEW', 'ACCEPTED', 'DECLINED', 'FILLING', 'FILLED', 'SHORT', 'DONE',
        'CANCELLED')),
    CONSTRAINT fk_request_site FOREIGN KEY (site_id) REFERENCES service_site (id),
    CONSTRAINT fk_request_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_request_province FOREIGN KEY (province_id) REFERENCES province (id)
);
CREATE INDEX ix_request_commune_state ON helper_request (commune_id, state);
CREATE INDEX ix_request_province_state ON helper_request (province_id, state);

CREATE TABLE helper_request_skill (
    request_id BIGINT NOT NULL,
    skill_id BIGINT NOT NULL,
    PRIMARY KEY (request_id, skill_id),
    CONSTRAINT fk_request_skill_request FOREIGN KEY (request_id) REFERENCES helper_request (id),
    CONSTRAINT fk_request_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
);

CREATE TABLE helper_request_language (
    request_id BIGINT NOT NULL,
    language_id BIGINT NOT NULL,
    PRIMARY KEY (request_id, language_id),
    CONSTRAINT fk_request_language_request FOREIGN KEY (request_id) REFERENCES helper_request (id),
    CONSTRAINT fk_request_language_language FOREIGN KEY (language_id) REFERENCES spoken_language (id)
);

-- One row per session of a request (a day and a part of it), with the shift whose seats it raised.
-- open_site_id is the site while the request is open and null once it is closed: its unique key is the
-- "one open request per site and session" rule, also when two requests are filed at the same moment.
CREATE TABLE helper_request_session (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id BIGINT NOT NULL,
    session_date DATE NOT NULL,
    part VARCHAR(10) NOT NULL,
    open_site_id BIGINT,
    shift_id BIGINT,
    CONSTRAINT uq_request_session UNIQUE (request_id, session_date, part),
    CONSTRAINT uq_request_session_open UNIQUE (open_site_id, session_date, part),
    CONSTRAINT fk_request_session_request FOREIGN KEY (request_id) REFERENCES helper_request (id),
    CONSTRAINT fk_request_session_shift FOREIGN KEY (shift_id) REFERENCES shift (id) ON DELETE SET NULL
);
CREATE INDEX ix_request_session_shift ON helper_request_session (shift_id);

-- The link from a member's assignment to the request it serves: the allowance pays these days as mobilised days.
ALTER TABLE assignment ADD COLUMN helper_request_id BIGINT;
ALTER TABLE assignment ADD CONSTRAINT fk_assignment_request FOREIGN KEY (helper_request_id) REFERENCES helper_request (id);
CREATE INDEX ix_assignment_request ON assignment (helper_request_id);
