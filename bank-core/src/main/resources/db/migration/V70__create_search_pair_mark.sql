-- Decisions on near-duplicate pairs, per institution. item_a < item_b always, so a pair has one row.
-- kind: NOT_DUPLICATE (no longer reported) or ENEMIES (must not share a paper).

CREATE TABLE search_pair_mark (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_id BIGINT       NOT NULL,
    item_a         BIGINT       NOT NULL,
    item_b         BIGINT       NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    note           VARCHAR(500) NULL,
    marked_by      BIGINT       NOT NULL,
    marked_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_search_pair_mark UNIQUE (institution_id, item_a, item_b)
);

CREATE INDEX ix_search_pair_mark_b ON search_pair_mark (institution_id, item_b);
