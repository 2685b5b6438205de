-- Digital-skills training sessions (Bình dân học vụ số): catalogues of topics and target groups (languages of
-- instruction use spoken_language), sessions with their trainers, the recorded result, evidence files and the
-- province's yearly targets. Trainers take duty slots like shifts do, so nobody trains and stands duty at once.

CREATE TABLE training_topic (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name_vi VARCHAR(150) NOT NULL,
    name_en VARCHAR(150) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_training_topic_code UNIQUE (code)
);

CREATE TABLE target_group (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name_vi VARCHAR(150) NOT NULL,
    name_en VARCHAR(150) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_target_group_code UNIQUE (code)
);

CREATE TABLE training_session (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    commune_id BIGINT NOT NULL,
    place VARCHAR(200) NOT NULL,
    session_date DATE NOT NULL,
    start_time TIME NOT NULL,
    end_time TIME NOT NULL,
    lead_trainer_id BIGINT NOT NULL,
    capacity INT NOT NULL,
    status VARCHAR(10) NOT NULL,
    cancel_reason VARCHAR(300),
    participants INT,
    male INT,
    female INT,
    under16 INT,
    age16to59 INT,
    age60plus INT,
    ethnic_minority INT,
    vneid_activated INT,
    dossiers_filed INT,
    epayment_opened INT,
    notes VARCHAR(1000),
    recorded_by VARCHAR(60),
    recorded_at DATETIME(3),
    created_by VARCHAR(60) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT ck_training_status CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    CONSTRAINT ck_training_hours CHECK (end_time > start_time),
    CONSTRAINT ck_training_capacity CHECK (capacity BETWEEN 1 AND 1000),
    CONSTRAINT ck_training_cancel CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL),
    CONSTRAINT ck_training_counts CHECK (participants IS NULL OR (participants >= 0 AND male >= 0 AND female >= 0
        AND under16 >= 0 AND age16to59 >= 0 AND age60plus >= 0 AND ethnic_minority >= 0 AND vneid_activated >= 0
        AND dossiers_filed >= 0 AND epayment_opened >= 0 AND male + female = participants
        AND under16 + age16to59 + age60plus = participants AND ethnic_minority <= participants)),
    CONSTRAINT ck_training_held CHECK (status <> 'HELD' OR participants IS NOT NULL),
    CONSTRAINT fk_training_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_training_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_training_lead FOREIGN KEY (lead_trainer_id) REFERENCES member (id)
);
CREATE INDEX ix_training_commune_date ON training_session (commune_id, session_date);
CREATE INDEX ix_training_date ON training_session (province_id, session_date);

CREATE TABLE training_session_topic (
    session_id BIGINT NOT NULL,
    topic_id BIGINT NOT NULL,
    CONSTRAINT pk_training_session_topic PRIMARY KEY (session_id, topic_id),
    CONSTRAINT fk_tst_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_tst_topic FOREIGN KEY (topic_id) REFERENCES training_topic (id)
);

CREATE TABLE training_session_group (
    session_id BIGINT NOT NULL,
    group_id BIGINT NOT NULL,
    CONSTRAINT pk_training_session_group PRIMARY KEY (session_id, group_id),
    CONSTRAINT fk_tsg_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_tsg_group FOREIGN KEY (group_id) REFERENCES target_group (id)
);

CREATE TABLE training_session_language (
    session_id BIGINT NOT NULL,
    language_id BIGINT NOT NULL,
    CONSTRAINT pk_training_session_language PRIMARY KEY (session_id, language_id),
    CONSTRAINT fk_tsl_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_tsl_language FOREIGN KEY (language_id) REFERENCES spoken_language (id)
);

CREATE TABLE training_assistant (
    session_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    CONSTRAINT pk_training_assistant PRIMARY KEY (session_id, member_id),
    CONSTRAINT fk_ta_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_ta_member FOREIGN KEY (member_id) REFERENCES member (id)
);

-- Photos and scanned attendance sheets: the file lives outside the web root under storage_key; this is its record.
CREATE TABLE training_evidence (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    storage_key VARCHAR(80) NOT NULL,
    uploaded_by VARCHAR(60) NOT NULL,
    uploaded_at DATETIME(3) NOT NULL,
    CONSTRAINT uq_training_evidence_key UNIQUE (storage_key),
    CONSTRAINT ck_training_evidence_kind CHECK (kind IN ('PHOTO', 'ATTENDANCE_SHEET')),
    CONSTRAINT ck_training_evidence_size CHECK (size_bytes > 0),
    CONSTRAINT fk_training_evidence_session FOREIGN KEY (session_id) REFERENCES training_session (id)
);
CREATE INDEX ix_training_evidence_session ON training_evidence (session_id);

-- What the province aims for in a year (e.g. adults trained), shown against the recorded figures.
CREATE TABLE training_target (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    target_year INT NOT NULL,
    metric VARCHAR(30) NOT NULL,
    target_value INT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_training_target UNIQUE (province_id, target_year, metric),
    CONSTRAINT ck_training_target_value CHECK (target_value > 0),
    CONSTRAINT fk_training_target_province FOREIGN KEY (province_id) REFERENCES province (id)
);

INSERT INTO training_topic (code, name_vi, name_en, version) VALUES
('dvc', 'Dịch vụ công trực tuyến', 'Online public services', 0),
('mua-sam', 'Mua sắm trực tuyến', 'Online shopping', 0),
('thanh-toan', 'Thanh toán trực tuyến', 'Online payment', 0),
('an-toan', 'Tự bảo vệ trên không gian mạng, phòng chống lừa đảo', 'Protecting yourself online / anti-scam', 0),
('nen-tang-so', 'Nền tảng số của địa phương', 'Local digital platforms', 0),
('vneid', 'Cài đặt VNeID và định danh mức 2', 'VNeID installation and level-2 identity', 0),
('tro-ly-ai', 'Sử dụng trợ lý AI', 'Using AI assistants', 0),
('khac', 'Khác', 'Other', 0);

INSERT INTO target_group (code, name_vi, name_en, version) VALUES
('nguoi-cao-tuoi', 'Người cao tuổi', 'Elderly', 0),
('dan-toc-thieu-so', 'Đồng bào dân tộc thiểu số', 'Ethnic minorities', 0),
('nong-dan', 'Nông dân', 'Farmers', 0),
('hoc-sinh', 'Học sinh, sinh viên', 'Students', 0),
('phu-nu', 'Phụ nữ', 'Women', 0),
('cong-chuc', 'Cán bộ, công chức, viên chức', 'Public servants', 0),
('dai-bieu-hdnd', 'Đại biểu Hội đồng nhân dân', 'People''s Council deputies', 0),
('khac', 'Khác', 'Other', 0);

INSERT INTO spoken_language (code, name_vi, name_en, version)
SELECT 'khac', 'Ngôn ngữ khác', 'Other', 0 FROM province WHERE id = 1
AND NOT EXISTS (SELECT 1 FROM spoken_language WHERE code = 'khac');
