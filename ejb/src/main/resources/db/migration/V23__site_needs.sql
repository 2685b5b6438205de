-- Issue 12 §4: the languages and skills a service site needs on duty, edited on the site page and used by the
-- board's candidate ranking (vn.cdtt.duty.Candidates) next to what helper requests ask for.
CREATE TABLE site_skill (
    site_id BIGINT NOT NULL,
    skill_id BIGINT NOT NULL,
    PRIMARY KEY (site_id, skill_id),
    CONSTRAINT fk_site_skill_site FOREIGN KEY (site_id) REFERENCES service_site (id),
    CONSTRAINT fk_site_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
);

CREATE TABLE site_language (
    site_id BIGINT NOT NULL,
    language_id BIGINT NOT NULL,
    PRIMARY KEY (site_id, language_id),
    CONSTRAINT fk_site_language_site FOREIGN KEY (site_id) REFERENCES service_site (id),
    CONSTRAINT fk_site_language_language FOREIGN KEY (language_id) REFERENCES spoken_language (id)
);
