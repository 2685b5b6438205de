-- Ids handed out in blocks (vn.cdtt.common.IdBlocks), so rows written many at a time go in batches:
-- next_value is the first id not yet handed out.
CREATE TABLE id_block (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    next_value BIGINT NOT NULL
);
INSERT INTO id_block (name, next_value) SELECT 'allowance_line', COALESCE(MAX(id), 0) + 1 FROM allowance_line;
