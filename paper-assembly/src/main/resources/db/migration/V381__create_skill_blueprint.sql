-- Saved 操作技能 blueprints: 必考 modules and k of n 选考 modules (one task each), the session's duration and the
-- freshness policy against earlier skill papers. Module codes are 鉴定范围 codes of the skill 细目表.

CREATE TABLE skill_blueprint (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_id      BIGINT        NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    occupation_code     VARCHAR(16)   NOT NULL,
    work_type           VARCHAR(100)  NULL,
    level_number        INT           NOT NULL,
    choose_elective     INT           NOT NULL,
    duration_minutes    INT           NOT NULL,
    max_earlier_overlap DECIMAL(5, 4) NOT NULL,
    look_back_months    INT           NOT NULL,
    exposure_cap        INT           NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    CONSTRAINT fk_skill_blueprint_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT uk_skill_blueprint_name UNIQUE (institution_id, name)
);

CREATE TABLE skill_blueprint_module (
    blueprint_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    code         VARCHAR(64)  NOT NULL,
    name         VARCHAR(200) NULL,
    required     BOOLEAN      NOT NULL,
    minutes      INT          NOT NULL,
    PRIMARY KEY (blueprint_id, position),
    CONSTRAINT fk_skill_blueprint_module_blueprint FOREIGN KEY (blueprint_id) REFERENCES skill_blueprint (id)
);
