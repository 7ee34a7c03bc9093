-- Items (试题) with immutable versions, their images, code counters and usage counts.
-- Version content is written once and never updated: only item_version.status (and its time) changes.
-- knowledge_point_id has no foreign key yet: the 细目表 tables arrive in their own migration, which adds it.

CREATE TABLE image (
    hash       VARCHAR(64)  NOT NULL PRIMARY KEY,
    media_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT       NOT NULL,
    bytes      LONGBLOB     NOT NULL,
    created_at DATETIME(6)  NOT NULL
);

CREATE TABLE item_code_counter (
    institution_id BIGINT      NOT NULL,
    prefix         VARCHAR(64) NOT NULL,
    last_value     BIGINT      NOT NULL,
    PRIMARY KEY (institution_id, prefix)
);

CREATE TABLE item (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_id     BIGINT       NOT NULL,
    code               VARCHAR(64)  NOT NULL,
    occupation_id      BIGINT       NOT NULL,
    work_type_id       BIGINT       NULL,
    level              INT          NOT NULL,
    subject            VARCHAR(16)  NOT NULL,
    type               VARCHAR(32)  NOT NULL,
    knowledge_point_id BIGINT       NOT NULL,
    author             VARCHAR(100) NULL,
    source             VARCHAR(100) NULL,
    enemy_group        VARCHAR(100) NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         BIGINT       NOT NULL,
    current_version_no INT          NULL,
    latest_version_no  INT          NOT NULL,
    retired_at         DATETIME(6)  NULL,
    lock_version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_item_code UNIQUE (institution_id, code),
    CONSTRAINT fk_item_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_item_occupation FOREIGN KEY (occupation_id) REFERENCES occupation (id),
    CONSTRAINT fk_item_work_type FOREIGN KEY (work_type_id) REFERENCES work_type (id)
);

-- The paper-assembly read: approved items of one occupation / level / subject, grouped by 鉴定点.
CREATE INDEX ix_item_catalog ON item (institution_id, occupation_id, level, subject, work_type_id, knowledge_point_id);
CREATE INDEX ix_item_knowledge_point ON item (knowledge_point_id);

CREATE TABLE item_version (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id            BIGINT        NOT NULL,
    number             INT           NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    status_changed_at  DATETIME(6)   NOT NULL,
    stem               MEDIUMTEXT    NULL,
    answer_key         VARCHAR(64)   NULL,
    analysis           MEDIUMTEXT    NULL,
    reference_answer   MEDIUMTEXT    NULL,
    scoring_points     MEDIUMTEXT    NULL,
    difficulty         INT           NULL,
    score              DECIMAL(8, 2) NULL,
    task_name          VARCHAR(300)  NULL,
    duration_minutes   INT           NULL,
    background         MEDIUMTEXT    NULL,
    tasks              MEDIUMTEXT    NULL,
    skill_requirements MEDIUMTEXT    NULL,
    quality_indicators MEDIUMTEXT    NULL,
    content_hash       VARCHAR(64)   NOT NULL,
    author_id          BIGINT        NOT NULL,
    author_name        VARCHAR(100)  NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    change_note        VARCHAR(1000) NULL,
    CONSTRAINT uk_item_version UNIQUE (item_id, number),
    CONSTRAINT fk_item_version_item FOREIGN KEY (item_id) REFERENCES item (id)
);

CREATE INDEX ix_item_version_hash ON item_version (content_hash);

CREATE TABLE item_option (
    version_id BIGINT      NOT NULL,
    label      VARCHAR(4)  NOT NULL,
    text       MEDIUMTEXT  NULL,
    image_hash VARCHAR(64) NULL,
    PRIMARY KEY (version_id, label),
    CONSTRAINT fk_item_option_version FOREIGN KEY (version_id) REFERENCES item_version (id),
    CONSTRAINT fk_item_option_image FOREIGN KEY (image_hash) REFERENCES image (hash)
);

-- slot: STEM or TASK; position from 1.
CREATE TABLE item_version_image (
    version_id BIGINT      NOT NULL,
    slot       VARCHAR(8)  NOT NULL,
    position   INT         NOT NULL,
    image_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (version_id, slot, position),
    CONSTRAINT fk_item_version_image_version FOREIGN KEY (version_id) REFERENCES item_version (id),
    CONSTRAINT fk_item_version_image_image FOREIGN KEY (image_hash) REFERENCES image (hash)
);

CREATE TABLE item_rubric_row (
    version_id BIGINT        NOT NULL,
    seq        INT           NOT NULL,
    element    VARCHAR(1000) NOT NULL,
    points     DECIMAL(8, 2) NOT NULL,
    criteria   MEDIUMTEXT    NOT NULL,
    kind       VARCHAR(1)    NULL,
    veto       BOOLEAN       NOT NULL,
    PRIMARY KEY (version_id, seq),
    CONSTRAINT fk_item_rubric_version FOREIGN KEY (version_id) REFERENCES item_version (id)
);

CREATE TABLE item_preparation (
    version_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    category   VARCHAR(16)  NOT NULL,
    name       VARCHAR(300) NOT NULL,
    spec       VARCHAR(500) NULL,
    quantity   VARCHAR(50)  NULL,
    unit       VARCHAR(20)  NULL,
    note       VARCHAR(500) NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_item_preparation_version FOREIGN KEY (version_id) REFERENCES item_version (id)
);

-- Usage (DOMAIN §8 exposure): one row per item and per version, created with them, updated set-wise on issue.
CREATE TABLE item_usage (
    item_id        BIGINT      NOT NULL PRIMARY KEY,
    papers         INT         NOT NULL DEFAULT 0,
    sessions       INT         NOT NULL DEFAULT 0,
    candidates     INT         NOT NULL DEFAULT 0,
    last_issued_at DATETIME(6) NULL,
    CONSTRAINT fk_item_usage_item FOREIGN KEY (item_id) REFERENCES item (id)
);

CREATE TABLE item_version_usage (
    version_id     BIGINT      NOT NULL PRIMARY KEY,
    papers         INT         NOT NULL DEFAULT 0,
    sessions       INT         NOT NULL DEFAULT 0,
    candidates     INT         NOT NULL DEFAULT 0,
    last_issued_at DATETIME(6) NULL,
    CONSTRAINT fk_item_version_usage_version FOREIGN KEY (version_id) REFERENCES item_version (id)
);

-- One row per issued paper (a paper is issued once, ever) and its items, so 'sat' counts candidates once.
CREATE TABLE usage_issue (
    paper_id       BIGINT      NOT NULL PRIMARY KEY,
    institution_id BIGINT      NOT NULL,
    session_id     BIGINT      NOT NULL,
    issued_at      DATETIME(6) NOT NULL,
    candidates     INT         NULL,
    sat_at         DATETIME(6) NULL
);

CREATE TABLE usage_issue_item (
    paper_id   BIGINT NOT NULL,
    item_id    BIGINT NOT NULL,
    version_id BIGINT NOT NULL,
    PRIMARY KEY (paper_id, item_id),
    CONSTRAINT fk_usage_issue_item_issue FOREIGN KEY (paper_id) REFERENCES usage_issue (paper_id)
);
