-- The weekly report (báo cáo tuần): frozen figures of one week (Monday to Sunday) per commune and for the province.
-- One report per province and week: the unique key is also the guard that lets only one server issue it.
-- Numbers are stored, never recomputed; a late correction shows in the next week's report.

CREATE TABLE weekly_report (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    week_start DATE NOT NULL,
    issued_at DATETIME(3) NOT NULL,
    issued_by VARCHAR(60) NOT NULL,
    on_demand BOOLEAN NOT NULL,
    mailed_to INT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_weekly_report_week UNIQUE (province_id, week_start),
    CONSTRAINT fk_weekly_report_province FOREIGN KEY (province_id) REFERENCES province (id)
);

-- One line per commune, and one with commune_id NULL for the province (line_no 0).
CREATE TABLE weekly_report_line (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT NOT NULL,
    line_no INT NOT NULL,
    commune_id BIGINT,
    commune_name VARCHAR(120) NOT NULL,
    shifts_planned INT NOT NULL,
    seats_required INT NOT NULL,
    seats_filled INT NOT NULL,
    assigned INT NOT NULL,
    attended INT NOT NULL,
    no_shows INT NOT NULL,
    helped_vneid INT NOT NULL,
    helped_online_filing INT NOT NULL,
    helped_kiosk INT NOT NULL,
    helped_data_entry INT NOT NULL,
    helped_other INT NOT NULL,
    trainings INT NOT NULL,
    participants INT NOT NULL,
    requests INT NOT NULL,
    requests_open INT NOT NULL,
    requests_filled INT NOT NULL,
    helper_seats INT NOT NULL,
    rating VARCHAR(10) NOT NULL,
    unmet VARCHAR(500),
    -- against the week before (that week's report when issued, else its figures at the time of issue)
    delta_filled INT,
    delta_attended INT,
    delta_no_shows INT,
    delta_helped INT,
    delta_participants INT,
    -- late corrections: the week before counted again now, less what its issued report froze (null without one)
    late_attended INT,
    late_no_shows INT,
    late_helped INT,
    late_participants INT,
    CONSTRAINT uq_weekly_report_line UNIQUE (report_id, line_no),
    CONSTRAINT ck_weekly_report_rating CHECK (rating IN ('GREEN', 'YELLOW', 'RED')),
    CONSTRAINT fk_weekly_report_line_report FOREIGN KEY (report_id) REFERENCES weekly_report (id),
    CONSTRAINT fk_weekly_report_line_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);

-- Trainings held and participants by target group (a session for two groups counts under both).
CREATE TABLE weekly_report_group (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT NOT NULL,
    line_no INT NOT NULL,
    group_vi VARCHAR(150) NOT NULL,
    group_en VARCHAR(150) NOT NULL,
    sessions INT NOT NULL,
    participants INT NOT NULL,
    CONSTRAINT fk_weekly_report_group_report FOREIGN KEY (report_id) REFERENCES weekly_report (id)
);
CREATE INDEX ix_weekly_report_group ON weekly_report_group (report_id, line_no);
