-- Duty shifts at the service sites. A shift is one site x date x session with its seats; an assignment puts a
-- member on it. duty_slot holds every duty of a member per date and session, whatever the kind (shift now,
-- training later): its unique key is the "no two places at once" rule, enforced by the database.

CREATE TABLE public_holiday (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    holiday DATE NOT NULL,
    name VARCHAR(150) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_public_holiday UNIQUE (province_id, holiday),
    CONSTRAINT fk_holiday_province FOREIGN KEY (province_id) REFERENCES province (id)
);

CREATE TABLE site_closure (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id BIGINT NOT NULL,
    closed_on DATE NOT NULL,
    reason VARCHAR(300) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_site_closure UNIQUE (site_id, closed_on),
    CONSTRAINT fk_closure_site FOREIGN KEY (site_id) REFERENCES service_site (id)
);

CREATE TABLE shift (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    commune_id BIGINT NOT NULL,
    site_id BIGINT NOT NULL,
    shift_date DATE NOT NULL,
    part VARCHAR(10) NOT NULL,
    start_time TIME NOT NULL,
    end_time TIME NOT NULL,
    seats INT NOT NULL,
    filled INT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_shift UNIQUE (site_id, shift_date, part),
    CONSTRAINT ck_shift_seats CHECK (seats BETWEEN 1 AND 20),
    CONSTRAINT ck_shift_filled CHECK (filled >= 0 AND filled <= seats),
    CONSTRAINT fk_shift_site FOREIGN KEY (site_id) REFERENCES service_site (id),
    CONSTRAINT fk_shift_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_shift_province FOREIGN KEY (province_id) REFERENCES province (id)
);
CREATE INDEX ix_shift_commune_date ON shift (commune_id, shift_date);

CREATE TABLE assignment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    shift_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    assigned_by VARCHAR(60) NOT NULL,
    assigned_at DATETIME(3) NOT NULL,
    CONSTRAINT uq_assignment UNIQUE (shift_id, member_id),
    CONSTRAINT fk_assignment_shift FOREIGN KEY (shift_id) REFERENCES shift (id),
    CONSTRAINT fk_assignment_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX ix_assignment_member ON assignment (member_id);

CREATE TABLE duty_slot (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id BIGINT NOT NULL,
    slot_date DATE NOT NULL,
    part VARCHAR(10) NOT NULL,
    duty_kind VARCHAR(20) NOT NULL,
    duty_id BIGINT NOT NULL,
    CONSTRAINT uq_duty_slot UNIQUE (member_id, slot_date, part),
    CONSTRAINT fk_duty_slot_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX ix_duty_slot_duty ON duty_slot (duty_kind, duty_id);

-- Vietnamese public holidays 2026 (Labour Code art. 112; Tết and Hùng Kings by the lunar calendar). Editable data.
INSERT INTO public_holiday (province_id, holiday, name, version) VALUES
(1, DATE '2026-01-01', 'Tết Dương lịch', 0),
(1, DATE '2026-02-16', 'Tết Nguyên đán', 0),
(1, DATE '2026-02-17', 'Tết Nguyên đán', 0),
(1, DATE '2026-02-18', 'Tết Nguyên đán', 0),
(1, DATE '2026-02-19', 'Tết Nguyên đán', 0),
(1, DATE '2026-02-20', 'Tết Nguyên đán', 0),
(1, DATE '2026-04-26', 'Giỗ Tổ Hùng Vương', 0),
(1, DATE '2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù)', 0),
(1, DATE '2026-04-30', 'Ngày Giải phóng miền Nam', 0),
(1, DATE '2026-05-01', 'Ngày Quốc tế Lao động', 0),
(1, DATE '2026-09-01', 'Quốc khánh', 0),
(1, DATE '2026-09-02', 'Quốc khánh', 0),
(1, DATE '2027-01-01', 'Tết Dương lịch', 0);
