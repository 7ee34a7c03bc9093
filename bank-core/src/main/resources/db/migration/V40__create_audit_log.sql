-- Append-only audit log: one hash chain per institution (institution 0 = platform events).
-- The chain head lives in its own row so that removing the last entry is detected too.

CREATE TABLE audit_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_id BIGINT       NOT NULL,
    seq            BIGINT       NOT NULL,
    at             DATETIME(6)  NOT NULL,
    actor_id       BIGINT       NOT NULL,
    actor_name     VARCHAR(64)  NOT NULL,
    action         VARCHAR(64)  NOT NULL,
    entity_type    VARCHAR(64)  NOT NULL,
    entity_id      VARCHAR(128) NOT NULL,
    entity_version INT          NULL,
    before_hash    VARCHAR(64)  NULL,
    after_hash     VARCHAR(64)  NULL,
    detail         VARCHAR(2000) NULL,
    prev_hash      VARCHAR(64)  NOT NULL,
    entry_hash     VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_audit_seq UNIQUE (institution_id, seq)
);

CREATE INDEX ix_audit_entity ON audit_entry (institution_id, entity_type, entity_id);

CREATE TABLE audit_chain_head (
    institution_id BIGINT      NOT NULL PRIMARY KEY,
    seq            BIGINT      NOT NULL,
    head_hash      VARCHAR(64) NOT NULL,
    updated_at     DATETIME(6) NOT NULL
);

INSERT INTO audit_chain_head (institution_id, seq, head_hash, updated_at)
VALUES (0, 0, '0000000000000000000000000000000000000000000000000000000000000000', CURRENT_TIMESTAMP);
