-- Tenants, accounts and the national occupation catalogue.
-- Times are DATETIME(6) in UTC (Hibernate writes UTC); every mutable row carries an optimistic-lock version.

CREATE TABLE institution (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    filed_site  VARCHAR(300) NULL,
    created_at  DATETIME(6)  NOT NULL,
    retired_at  DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_institution_code UNIQUE (code)
);

CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    expert_level  INT          NULL,
    expert_title  VARCHAR(100) NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE app_user_institution (
    user_id        BIGINT NOT NULL,
    institution_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, institution_id),
    CONSTRAINT fk_user_inst_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_user_inst_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);

CREATE TABLE occupation (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    code    VARCHAR(16)  NOT NULL,
    name    VARCHAR(100) NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_occupation_code UNIQUE (code)
);

CREATE TABLE work_type (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    occupation_id BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    CONSTRAINT uk_work_type UNIQUE (occupation_id, name),
    CONSTRAINT fk_work_type_occupation FOREIGN KEY (occupation_id) REFERENCES occupation (id)
);
