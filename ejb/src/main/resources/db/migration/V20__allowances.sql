-- Support allowances (chính sách hỗ trợ): policy versions as data (the province's, and a commune's own top-up),
-- monthly statements per commune with their lines, each line traceable to the work it pays. Amounts are whole VND.

CREATE TABLE allowance_policy (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    -- null: the province's policy; set: that commune's top-up from its own budget
    commune_id BIGINT,
    valid_from DATE NOT NULL,
    valid_to DATE,
    basis_number VARCHAR(60) NOT NULL,
    basis_date DATE NOT NULL,
    basis_issuer VARCHAR(200) NOT NULL,
    note VARCHAR(500),
    duty_session BIGINT NOT NULL,
    -- a different rate at the provincial centre's sites; null: the same as duty_session
    duty_session_provincial BIGINT,
    training_lead BIGINT NOT NULL,
    training_assistant BIGINT NOT NULL,
    mobilised_day BIGINT NOT NULL,
    member_monthly BIGINT NOT NULL,
    member_monthly_min_sessions INT NOT NULL,
    team_monthly BIGINT NOT NULL,
    member_month_cap BIGINT,
    team_month_cap BIGINT,
    created_by VARCHAR(60) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT ck_policy_period CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_policy_rates CHECK (duty_session >= 0 AND (duty_session_provincial IS NULL OR duty_session_provincial >= 0)
        AND training_lead >= 0 AND training_assistant >= 0 AND mobilised_day >= 0 AND member_monthly >= 0
        AND member_monthly_min_sessions >= 0 AND team_monthly >= 0
        AND (member_month_cap IS NULL OR member_month_cap >= 0) AND (team_month_cap IS NULL OR team_month_cap >= 0)),
    CONSTRAINT fk_policy_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_policy_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_policy_province_from ON allowance_policy (province_id, valid_from);

CREATE TABLE allowance_statement (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    commune_id BIGINT NOT NULL,
    -- the first day of the month
    month_start DATE NOT NULL,
    state VARCHAR(10) NOT NULL,
    total BIGINT NOT NULL,
    computed_at DATETIME(3),
    -- the policy versions the submitted numbers were computed with, e.g. "3,7"
    policy_ids VARCHAR(200),
    submitted_by VARCHAR(60),
    submitted_at DATETIME(3),
    approved_by VARCHAR(60),
    approved_at DATETIME(3),
    returned_reason VARCHAR(300),
    paid_on DATE,
    payment_reference VARCHAR(60),
    version BIGINT NOT NULL,
    CONSTRAINT uq_statement_month UNIQUE (commune_id, month_start),
    CONSTRAINT ck_statement_state CHECK (state IN ('OPEN', 'SUBMITTED', 'APPROVED', 'PAID')),
    CONSTRAINT ck_statement_paid CHECK (state <> 'PAID' OR (paid_on IS NOT NULL AND payment_reference IS NOT NULL)),
    CONSTRAINT fk_statement_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_statement_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);

CREATE TABLE allowance_line (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    statement_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    component VARCHAR(20) NOT NULL,
    funding VARCHAR(10) NOT NULL,
    -- the unit of work paid: D<assignment>, T<training>-<member>, MM<member>-<yyyymm>, TM<team>-<yyyymm>, …;
    -- an adjustment pays the difference for a unit of an approved month once per statement: <unit>@<statement>
    pay_key VARCHAR(80) NOT NULL,
    work_key VARCHAR(60) NOT NULL,
    work_date DATE NOT NULL,
    work_month DATE NOT NULL,
    policy_id BIGINT,
    shift_id BIGINT,
    training_id BIGINT,
    place VARCHAR(200),
    rate BIGINT NOT NULL,
    amount BIGINT NOT NULL,
    adjusts_line_id BIGINT,
    adjustment BOOLEAN NOT NULL,
    CONSTRAINT uq_allowance_line_paid_once UNIQUE (pay_key, component, funding),
    CONSTRAINT ck_line_funding CHECK (funding IN ('PROVINCE', 'COMMUNE')),
    CONSTRAINT fk_line_statement FOREIGN KEY (statement_id) REFERENCES allowance_statement (id),
    CONSTRAINT fk_line_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_line_policy FOREIGN KEY (policy_id) REFERENCES allowance_policy (id),
    CONSTRAINT fk_line_adjusts FOREIGN KEY (adjusts_line_id) REFERENCES allowance_line (id)
);
CREATE INDEX ix_line_statement ON allowance_line (statement_id, member_id);
CREATE INDEX ix_line_work ON allowance_line (work_month, work_key);
