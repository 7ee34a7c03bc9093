-- Saved 组卷方案 (theory blueprints) of an institution: one row per blueprint, one row per 题型 section.
-- Real columns rather than a JSON document, so that reports and checks can read them.

CREATE TABLE blueprint (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_id       BIGINT        NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    occupation_code      VARCHAR(16)   NOT NULL,
    work_type            VARCHAR(100)  NULL,
    level_number         INT           NOT NULL,
    subject              VARCHAR(16)   NOT NULL,
    total_points         DECIMAL(7, 2) NOT NULL,
    duration_minutes     INT           NOT NULL,
    distribution_mode    VARCHAR(32)   NOT NULL,
    distribution_depth   INT           NOT NULL,
    per_point_cap        INT           NOT NULL,
    difficulty_mean      DECIMAL(4, 2) NULL,
    difficulty_tolerance DECIMAL(4, 2) NULL,
    max_earlier_overlap  DECIMAL(5, 4) NOT NULL,
    look_back_months     INT           NOT NULL,
    max_batch_overlap    DECIMAL(5, 4) NOT NULL,
    exposure_cap         INT           NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    CONSTRAINT fk_blueprint_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT uk_blueprint_name UNIQUE (institution_id, name)
);

CREATE TABLE blueprint_section (
    blueprint_id BIGINT        NOT NULL,
    position     INT           NOT NULL,
    item_type    VARCHAR(32)   NOT NULL,
    item_count   INT           NOT NULL,
    points_each  DECIMAL(6, 2) NOT NULL,
    PRIMARY KEY (blueprint_id, position),
    CONSTRAINT fk_blueprint_section_blueprint FOREIGN KEY (blueprint_id) REFERENCES blueprint (id)
);
