-- CDTT schema. The same file runs on H2 (MODE=LEGACY) and on MySQL 8 / MariaDB: keep to the common dialect.
-- On MySQL create the database with CHARACTER SET utf8mb4 so Vietnamese names round-trip (README).
-- Every record belongs to a commune of a province; optimistic locking through "version" everywhere.

CREATE TABLE province (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(10) NOT NULL,
    name VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_province_code UNIQUE (code)
);

CREATE TABLE commune (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    code VARCHAR(10) NOT NULL,
    name VARCHAR(100) NOT NULL,
    type VARCHAR(10) NOT NULL,
    former_province VARCHAR(100),
    version BIGINT NOT NULL,
    CONSTRAINT uq_commune_code UNIQUE (province_id, code),
    CONSTRAINT fk_commune_province FOREIGN KEY (province_id) REFERENCES province (id)
);

CREATE TABLE service_site (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    commune_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    name VARCHAR(200) NOT NULL,
    address VARCHAR(300),
    version BIGINT NOT NULL,
    CONSTRAINT fk_site_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_site_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);

CREATE TABLE site_session (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id BIGINT NOT NULL,
    day_of_week INT NOT NULL,
    part VARCHAR(10) NOT NULL,
    start_time TIME NOT NULL,
    end_time TIME NOT NULL,
    seats INT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_site_session UNIQUE (site_id, day_of_week, part),
    CONSTRAINT ck_site_session_seats CHECK (seats BETWEEN 1 AND 20),
    CONSTRAINT ck_site_session_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT fk_site_session_site FOREIGN KEY (site_id) REFERENCES service_site (id)
);

CREATE TABLE skill (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name_vi VARCHAR(150) NOT NULL,
    name_en VARCHAR(150) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_skill_code UNIQUE (code)
);

CREATE TABLE spoken_language (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name_vi VARCHAR(150) NOT NULL,
    name_en VARCHAR(150) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_language_code UNIQUE (code)
);

CREATE TABLE team (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    commune_id BIGINT NOT NULL,
    name VARCHAR(150) NOT NULL,
    village VARCHAR(150),
    leader_id BIGINT,
    deputy_id BIGINT,
    version BIGINT NOT NULL,
    CONSTRAINT uq_team_name UNIQUE (commune_id, name),
    CONSTRAINT fk_team_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_team_province FOREIGN KEY (province_id) REFERENCES province (id)
);

CREATE TABLE member (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    commune_id BIGINT NOT NULL,
    team_id BIGINT,
    full_name VARCHAR(150) NOT NULL,
    family_name VARCHAR(50) NOT NULL,
    middle_name VARCHAR(100) NOT NULL,
    given_name VARCHAR(50) NOT NULL,
    sort_key VARCHAR(400) NOT NULL,
    search_text VARCHAR(400) NOT NULL,
    birth_date DATE NOT NULL,
    gender VARCHAR(10) NOT NULL,
    ethnicity VARCHAR(50) NOT NULL,
    phone VARCHAR(15) NOT NULL,
    email VARCHAR(150),
    citizen_id VARCHAR(12) NOT NULL,
    youth_union BOOLEAN NOT NULL,
    status VARCHAR(10) NOT NULL,
    status_since DATE NOT NULL,
    status_reason VARCHAR(300),
    joined_on DATE NOT NULL,
    created_at DATETIME(3) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_member_citizen_id UNIQUE (province_id, citizen_id),
    CONSTRAINT uq_member_phone UNIQUE (province_id, phone),
    CONSTRAINT ck_member_status CHECK (status IN ('ACTIVE', 'PAUSED', 'LEFT')),
    CONSTRAINT fk_member_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_member_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_member_team FOREIGN KEY (team_id) REFERENCES team (id)
);
CREATE INDEX ix_member_commune_sort ON member (commune_id, sort_key);
CREATE INDEX ix_member_sort ON member (sort_key);

ALTER TABLE team ADD CONSTRAINT fk_team_leader FOREIGN KEY (leader_id) REFERENCES member (id);
ALTER TABLE team ADD CONSTRAINT fk_team_deputy FOREIGN KEY (deputy_id) REFERENCES member (id);

CREATE TABLE member_skill (
    member_id BIGINT NOT NULL,
    skill_id BIGINT NOT NULL,
    PRIMARY KEY (member_id, skill_id),
    CONSTRAINT fk_member_skill_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_member_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
);

CREATE TABLE member_language (
    member_id BIGINT NOT NULL,
    language_id BIGINT NOT NULL,
    PRIMARY KEY (member_id, language_id),
    CONSTRAINT fk_member_language_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_member_language_language FOREIGN KEY (language_id) REFERENCES spoken_language (id)
);

CREATE TABLE account (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(60) NOT NULL,
    display_name VARCHAR(150) NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    role VARCHAR(30) NOT NULL,
    province_id BIGINT NOT NULL,
    commune_id BIGINT,
    site_id BIGINT,
    member_id BIGINT,
    locale VARCHAR(5) NOT NULL,
    enabled BOOLEAN NOT NULL,
    failed_logins INT NOT NULL,
    locked_until DATETIME(3),
    created_at DATETIME(3) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT uq_account_member UNIQUE (member_id),
    CONSTRAINT fk_account_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_account_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_account_site FOREIGN KEY (site_id) REFERENCES service_site (id),
    CONSTRAINT fk_account_member FOREIGN KEY (member_id) REFERENCES member (id)
);

CREATE TABLE audit_entry (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    at DATETIME(3) NOT NULL,
    actor VARCHAR(60) NOT NULL,
    action VARCHAR(20) NOT NULL,
    entity_type VARCHAR(40) NOT NULL,
    entity_id BIGINT,
    province_id BIGINT,
    commune_id BIGINT,
    summary VARCHAR(300) NOT NULL,
    before_state VARCHAR(4000),
    after_state VARCHAR(4000)
);
CREATE INDEX ix_audit_at ON audit_entry (at);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_actor ON audit_entry (actor);
