-- A commune's yearly allowance budget (dự toán), set by the province: approvals of the commune's months are
-- weighed against it (approved to date / budget). Whole VND.

CREATE TABLE allowance_budget (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT NOT NULL,
    commune_id BIGINT NOT NULL,
    budget_year INT NOT NULL,
    amount BIGINT NOT NULL,
    set_by VARCHAR(60) NOT NULL,
    set_at DATETIME(3) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_budget_commune_year UNIQUE (commune_id, budget_year),
    CONSTRAINT ck_budget_amount CHECK (amount >= 0),
    CONSTRAINT fk_budget_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_budget_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
