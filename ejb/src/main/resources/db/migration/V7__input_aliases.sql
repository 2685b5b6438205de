-- Careful input (issue 8, section 4).
-- 1. Other names people write for a catalogue entry ("Tiếng Ba Na" for Bahnar, "Kinh" or "Việt" for Vietnamese):
--    the import accepts them as well as the Vietnamese name, the English name and the code. Matched without
--    diacritics or case, so "Chàm" needs no row (it is the code "cham" folded), and spelling variants that differ
--    only in accents must not be listed twice: MySQL's utf8mb4_unicode_ci unique key would take them as equal.
CREATE TABLE catalogue_alias (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    catalogue VARCHAR(20) NOT NULL,
    code VARCHAR(40) NOT NULL,
    alias VARCHAR(150) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_catalogue_alias UNIQUE (catalogue, alias),
    CONSTRAINT ck_catalogue_alias_catalogue CHECK (catalogue IN ('SKILL', 'LANGUAGE'))
);

INSERT INTO catalogue_alias (catalogue, code, alias, version) VALUES
('LANGUAGE', 'vi', 'Việt', 0),
('LANGUAGE', 'vi', 'Kinh', 0),
('LANGUAGE', 'vi', 'Tiếng Kinh', 0),
('LANGUAGE', 'vi', 'Tiếng Việt Nam', 0),
('LANGUAGE', 'jrai', 'Gia Rai', 0),
('LANGUAGE', 'jrai', 'Tiếng Gia Rai', 0),
('LANGUAGE', 'jrai', 'Tiếng Giơ Rai', 0),
('LANGUAGE', 'bahnar', 'Ba Na', 0),
('LANGUAGE', 'bahnar', 'Tiếng Ba Na', 0),
('LANGUAGE', 'bahnar', 'Bana', 0),
('LANGUAGE', 'ede', 'Ê Đê', 0),
('LANGUAGE', 'ede', 'Êđê', 0),
('LANGUAGE', 'ede', 'Tiếng Êđê', 0),
('LANGUAGE', 'ede', 'Rhade', 0),
('LANGUAGE', 'sedang', 'Xơ Đăng', 0),
('LANGUAGE', 'sedang', 'Sê Đăng', 0),
('LANGUAGE', 'sedang', 'Tiếng Sê Đăng', 0),
('LANGUAGE', 'hre', 'Hrê', 0),
('LANGUAGE', 'hre', 'H''rê', 0),
('LANGUAGE', 'hre', 'Tiếng Hrê', 0),
('SKILL', 'vneid', 'VNeID', 0),
('SKILL', 'vneid', 'Định danh điện tử', 0),
('SKILL', 'dvc', 'Dịch vụ công', 0),
('SKILL', 'dvc', 'DVC trực tuyến', 0),
('SKILL', 'payment', 'Thanh toán không dùng tiền mặt', 0),
('SKILL', 'kiosk', 'Ki-ốt', 0),
('SKILL', 'data-entry', 'Nhập liệu', 0),
('SKILL', 'data-entry', 'Số hoá', 0),
('SKILL', 'office', 'Tin học', 0),
('SKILL', 'ai', 'Trí tuệ nhân tạo', 0);

-- 2. The member search looks in the name, the phone and the citizen ID, no longer in the e-mail address (whose
--    domain matched every short search). search_text was "<name folded> <phone> <e-mail folded>"; the folded name
--    has no digits, so it ends where " <phone>" first appears.
UPDATE member SET search_text = CONCAT(SUBSTRING(search_text, 1, LOCATE(CONCAT(' ', phone), search_text) - 1), ' ',
        phone, ' ', citizen_id)
    WHERE LOCATE(CONCAT(' ', phone), search_text) > 0;
