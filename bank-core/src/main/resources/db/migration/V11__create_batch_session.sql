-- 批次 and 场次: the batch an institution files (its 考务方案 grows in later migrations) and its sittings.
-- A session examines one level and one subject, so it receives exactly one paper.

CREATE TABLE batch (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_id BIGINT       NOT NULL,
    code           VARCHAR(64)  NOT NULL,
    occupation_id  BIGINT       NOT NULL,
    work_type_id   BIGINT       NULL,
    state          VARCHAR(16)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_batch_code UNIQUE (institution_id, code),
    CONSTRAINT fk_batch_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_batch_occupation FOREIGN KEY (occupation_id) REFERENCES occupation (id),
    CONSTRAINT fk_batch_work_type FOREIGN KEY (work_type_id) REFERENCES work_type (id)
);

CREATE TABLE batch_level (
    batch_id BIGINT NOT NULL,
    level    INT    NOT NULL,
    PRIMARY KEY (batch_id, level),
    CONSTRAINT fk_batch_level_batch FOREIGN KEY (batch_id) REFERENCES batch (id)
);

CREATE TABLE batch_subject (
    batch_id BIGINT      NOT NULL,
    subject  VARCHAR(16) NOT NULL,
    PRIMARY KEY (batch_id, subject),
    CONSTRAINT fk_batch_subject_batch FOREIGN KEY (batch_id) REFERENCES batch (id)
);

CREATE TABLE exam_session (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_id         BIGINT       NOT NULL,
    code             VARCHAR(64)  NOT NULL,
    starts_at        DATETIME(6)  NOT NULL,
    duration_minutes INT          NOT NULL,
    room             VARCHAR(200) NOT NULL,
    candidates       INT          NOT NULL,
    level            INT          NOT NULL,
    subject          VARCHAR(16)  NOT NULL,
    CONSTRAINT uk_exam_session_code UNIQUE (batch_id, code),
    CONSTRAINT fk_exam_session_batch FOREIGN KEY (batch_id) REFERENCES batch (id)
);

CREATE INDEX ix_exam_session_start ON exam_session (starts_at);
