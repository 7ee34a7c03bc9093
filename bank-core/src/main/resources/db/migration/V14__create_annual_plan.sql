-- 年度工作计划: per institution and year, the batches planned by occupation / work type / level / subject with
-- expected sessions and candidates. The supply forecast compares the bank against these numbers.

CREATE TABLE annual_plan (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_id BIGINT      NOT NULL,
    plan_year      INT         NOT NULL,
    revision       INT         NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    updated_by     VARCHAR(64) NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_annual_plan UNIQUE (institution_id, plan_year),
    CONSTRAINT fk_annual_plan_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);

CREATE TABLE annual_plan_line (
    plan_id         BIGINT       NOT NULL,
    position        INT          NOT NULL,
    occupation_code VARCHAR(16)  NOT NULL,
    work_type       VARCHAR(100) NULL,
    level           INT          NOT NULL,
    subject         VARCHAR(16)  NOT NULL,
    batches         INT          NOT NULL,
    sessions        INT          NOT NULL,
    candidates      INT          NOT NULL,
    note            VARCHAR(500) NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_annual_plan_line_plan FOREIGN KEY (plan_id) REFERENCES annual_plan (id)
);
