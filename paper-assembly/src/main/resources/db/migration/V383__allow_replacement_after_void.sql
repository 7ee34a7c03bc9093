-- A session holds at most one non-voided paper per level and subject. The unique key of V200 counted voided
-- papers too, so a voided paper blocked its session's replacement. The key now covers a generated column that
-- carries the session only while the paper is ISSUED or USED: the database still refuses a second live paper,
-- under any concurrency, and a voided paper keeps its session_id (and its fingerprint row: its item set stays
-- refused for ever).
ALTER TABLE paper DROP CONSTRAINT uk_paper_session_level_subject;
ALTER TABLE paper ADD COLUMN active_session_id BIGINT GENERATED ALWAYS AS
    (CASE WHEN status IN ('ISSUED', 'USED') THEN session_id END);
CREATE UNIQUE INDEX uk_paper_active_session ON paper (active_session_id, level_number, subject);
CREATE INDEX ix_paper_session ON paper (session_id);

-- 备用卷: drafts assembled with a batch as spares; a replacement names the voided paper it replaces.
ALTER TABLE paper ADD COLUMN spare BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE paper ADD COLUMN replaces_paper_id BIGINT NULL;
