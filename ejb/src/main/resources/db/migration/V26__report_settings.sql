-- Where the province's weekly report is mailed: a distribution list kept by the province coordinator (addresses
-- separated by commas). A province without a row mails nobody.
CREATE TABLE report_settings (
    province_id BIGINT NOT NULL PRIMARY KEY,
    recipients VARCHAR(1000) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_report_settings_province FOREIGN KEY (province_id) REFERENCES province (id)
);
