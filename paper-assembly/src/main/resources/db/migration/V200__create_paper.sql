-- Papers assembled from the bank, their pinned item versions, and the fingerprints of every paper ever issued.
-- A fingerprint row is written when a paper is issued and never removed (voiding keeps it): the unique key
-- (institution_id, fingerprint) is what makes issuing the same item set twice impossible.
-- session_id refers to the exam session (场次); it is a plain column until the session table is available here.

CREATE TABLE paper (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_id      BIGINT        NOT NULL,
    occupation_code     VARCHAR(16)   NOT NULL,
    work_type           VARCHAR(100)  NOT NULL,
    level_number        INT           NOT NULL,
    subject             VARCHAR(16)   NOT NULL,
    blueprint_name      VARCHAR(200)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    fingerprint         CHAR(64)      NOT NULL,
    item_count          INT           NOT NULL,
    max_earlier_overlap DECIMAL(5, 4) NOT NULL,
    look_back_months    INT           NOT NULL,
    session_id          BIGINT        NULL,
    void_reason         VARCHAR(500)  NULL,
    created_at          DATETIME(6)   NOT NULL,
    issued_at           DATETIME(6)   NULL,
    closed_at           DATETIME(6)   NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_paper_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT uk_paper_session_level_subject UNIQUE (session_id, level_number, subject)
);

CREATE INDEX ix_paper_scope ON paper (institution_id, occupation_code, level_number, subject, status);

CREATE TABLE paper_item (
    paper_id   BIGINT      NOT NULL,
    position   INT         NOT NULL,
    item_id    BIGINT      NOT NULL,
    item_code  VARCHAR(64) NOT NULL,
    version_id BIGINT      NOT NULL,
    PRIMARY KEY (paper_id, position),
    CONSTRAINT uk_paper_item_item UNIQUE (paper_id, item_id),
    CONSTRAINT fk_paper_item_paper FOREIGN KEY (paper_id) REFERENCES paper (id)
);

CREATE INDEX ix_paper_item_item ON paper_item (item_id);

CREATE TABLE issued_fingerprint (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_id BIGINT      NOT NULL,
    fingerprint    CHAR(64)    NOT NULL,
    paper_id       BIGINT      NOT NULL,
    issued_at      DATETIME(6) NOT NULL,
    CONSTRAINT uk_issued_fingerprint UNIQUE (institution_id, fingerprint),
    CONSTRAINT uk_issued_fingerprint_paper UNIQUE (paper_id),
    CONSTRAINT fk_issued_fingerprint_paper FOREIGN KEY (paper_id) REFERENCES paper (id)
);

-- Exposure written at issue time (one row per item and session) until the bank's own usage records take over.
CREATE TABLE assembly_exposure (
    item_id        BIGINT      NOT NULL,
    session_id     BIGINT      NOT NULL,
    paper_id       BIGINT      NOT NULL,
    institution_id BIGINT      NOT NULL,
    issued_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (item_id, session_id),
    CONSTRAINT fk_assembly_exposure_paper FOREIGN KEY (paper_id) REFERENCES paper (id)
);
