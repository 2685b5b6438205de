-- Automatic rostering (tự động xếp lịch): the province's settings – the weekly limit (a hard rule), the weights of
-- the soft rules, and how long a solve runs. A province without a row uses the defaults below.
CREATE TABLE autoroster_settings (
    province_id BIGINT NOT NULL PRIMARY KEY,
    max_sessions_per_week INT NOT NULL DEFAULT 5,
    weight_fairness INT NOT NULL DEFAULT 1000,
    weight_language INT NOT NULL DEFAULT 50,
    weight_experience INT NOT NULL DEFAULT 30,
    weight_avoided INT NOT NULL DEFAULT 20,
    weight_preferred INT NOT NULL DEFAULT 5,
    weight_lone_session INT NOT NULL DEFAULT 10,
    weight_other_commune INT NOT NULL DEFAULT 40,
    solve_seconds INT NOT NULL DEFAULT 30,
    unimproved_seconds INT NOT NULL DEFAULT 10,
    version BIGINT NOT NULL,
    CONSTRAINT ck_autoroster_max CHECK (max_sessions_per_week BETWEEN 1 AND 14),
    CONSTRAINT ck_autoroster_seconds CHECK (solve_seconds BETWEEN 1 AND 600 AND unimproved_seconds BETWEEN 1 AND 600),
    CONSTRAINT fk_autoroster_settings_province FOREIGN KEY (province_id) REFERENCES province (id)
);
