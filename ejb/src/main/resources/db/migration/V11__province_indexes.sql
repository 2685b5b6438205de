-- Indexes for province-wide pages at national size (issue 9, measured on MariaDB with 1.7 million shifts and
-- 350,000 members):
-- the coverage page reads one week of a province's shifts (without this index it read the province's whole
-- history: 71,240 rows for 1,370);
CREATE INDEX ix_shift_province_date ON shift (province_id, shift_date);
-- the member list of a province pages in the Vietnamese name order (the first page walked the national name index).
CREATE INDEX ix_member_province_sort ON member (province_id, sort_key, id);
-- On MySQL/MariaDB both also serve the province foreign keys, whose implicit indexes they replace: keep them.
