-- Commune ratings by criteria (xếp loại xã theo tiêu chí): the province's criteria catalogue, effective-dated (a
-- criterion applies to the weeks whose Monday lies in [valid_from, valid_to]; a change ends one version and starts
-- another, so past weeks keep the criteria they had), and the communes' declarations of the declared criteria.

CREATE TABLE rating_criterion (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    code VARCHAR(30) NOT NULL,
    name_vi VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    -- computed criteria only: what is measured and the threshold it is held to (see Measure)
    measure VARCHAR(20),
    threshold INT,
    valid_from DATE NOT NULL,
    valid_to DATE,
    created_by VARCHAR(60) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_criterion_code_from UNIQUE (province_id, code, valid_from),
    CONSTRAINT ck_criterion_kind CHECK (kind IN ('COMPUTED', 'DECLARED')),
    CONSTRAINT ck_criterion_measure CHECK ((kind = 'COMPUTED' AND measure IS NOT NULL AND threshold IS NOT NULL)
        OR (kind = 'DECLARED' AND measure IS NULL AND threshold IS NULL)),
    CONSTRAINT ck_criterion_measure_name CHECK (measure IS NULL OR measure IN ('SEATS_SHORT', 'TRAINING_MONTH',
        'ATTENDANCE', 'REQUEST_ANSWER', 'TEAM_STRENGTH')),
    CONSTRAINT ck_criterion_period CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT fk_criterion_province FOREIGN KEY (province_id) REFERENCES province (id)
);
CREATE INDEX ix_criterion_province_from ON rating_criterion (province_id, valid_from);

-- A commune's declaration that it met a declared criterion for the weeks first_monday..last_monday, with its
-- evidence and the "6 rõ" (who, what, deadline, responsibility, result, authority); counts once CONFIRMED.
CREATE TABLE rating_declaration (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    commune_id BIGINT NOT NULL,
    criterion_id BIGINT NOT NULL,
    first_monday DATE NOT NULL,
    last_monday DATE NOT NULL,
    who_person VARCHAR(200) NOT NULL,
    task VARCHAR(300) NOT NULL,
    deadline DATE NOT NULL,
    responsibility VARCHAR(300) NOT NULL,
    result VARCHAR(300) NOT NULL,
    authority VARCHAR(200) NOT NULL,
    evidence VARCHAR(1000) NOT NULL,
    file_name VARCHAR(200),
    content_type VARCHAR(60),
    file_size BIGINT,
    storage_key VARCHAR(36),
    state VARCHAR(10) NOT NULL,
    reject_reason VARCHAR(300),
    declared_by VARCHAR(60) NOT NULL,
    declared_at DATETIME(3) NOT NULL,
    decided_by VARCHAR(60),
    decided_at DATETIME(3),
    version BIGINT NOT NULL,
    CONSTRAINT ck_declaration_weeks CHECK (last_monday >= first_monday),
    CONSTRAINT ck_declaration_state CHECK (state IN ('PENDING', 'CONFIRMED', 'REJECTED')),
    CONSTRAINT ck_declaration_reason CHECK (state <> 'REJECTED' OR reject_reason IS NOT NULL),
    CONSTRAINT fk_declaration_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_declaration_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_declaration_criterion FOREIGN KEY (criterion_id) REFERENCES rating_criterion (id)
);
CREATE INDEX ix_declaration_province_weeks ON rating_declaration (province_id, state, first_monday);
CREATE INDEX ix_declaration_commune ON rating_declaration (commune_id, first_monday);

-- The default catalogue of every province, in force from 2020: five computed criteria (the seat-coverage light is
-- the first) and two declared ones.
INSERT INTO rating_criterion (province_id, code, name_vi, name_en, kind, measure, threshold, valid_from, valid_to,
    created_by, created_at, version)
SELECT p.id, d.code, d.name_vi, d.name_en, d.kind, d.measure, d.threshold, DATE '2020-01-06', NULL, 'system',
    TIMESTAMP '2020-01-06 00:00:00', 0
FROM province p CROSS JOIN (
    SELECT 'TRUC-DU' AS code, 'Mọi buổi trực trong tuần đủ 2 thành viên' AS name_vi,
        'Every session of the week staffed with two members' AS name_en, 'COMPUTED' AS kind,
        'SEATS_SHORT' AS measure, 0 AS threshold
    UNION ALL SELECT 'TAP-HUAN', 'Có ít nhất 1 buổi tập huấn trong tháng', 'At least one training held this month',
        'COMPUTED', 'TRAINING_MONTH', 1
    UNION ALL SELECT 'CO-MAT', 'Tỷ lệ có mặt khi trực từ 90% trở lên', 'Duty attendance rate of 90% or more',
        'COMPUTED', 'ATTENDANCE', 90
    UNION ALL SELECT 'TRA-LOI', 'Không để đề nghị hỗ trợ quá 48 giờ chưa trả lời',
        'No helper request left unanswered for 48 hours', 'COMPUTED', 'REQUEST_ANSWER', 48
    UNION ALL SELECT 'TO-DOI', 'Tổ có tổ trưởng và ít nhất 4 thành viên hoạt động',
        'The team has a leader and at least 4 active members', 'COMPUTED', 'TEAM_STRENGTH', 4
    UNION ALL SELECT 'KE-HOACH', 'Kế hoạch hoạt động tháng được ban hành', 'Monthly activity plan issued',
        'DECLARED', NULL, NULL
    UNION ALL SELECT 'TUYEN-TRUYEN', 'Tuyên truyền chuyển đổi số trong tuần (loa, mạng xã hội)',
        'Digital transformation outreach this week (loudspeaker, social media)', 'DECLARED', NULL, NULL
) d;
