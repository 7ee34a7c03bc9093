-- Expert review rounds (专家评审): the panel, the pinned item versions, each expert's verdicts, the leader's
-- conclusions and the per-level sign-offs of the 专家评审意见表. Item statuses move only through ItemService;
-- these tables record the review itself. user_id is NULL for experts of a review imported from paper.

CREATE TABLE review_round (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_id BIGINT        NOT NULL,
    occupation_id  BIGINT        NOT NULL,
    work_type_id   BIGINT        NULL,
    place          VARCHAR(300)  NULL,
    state          VARCHAR(16)   NOT NULL,
    imported       BOOLEAN       NOT NULL,
    review_date    DATE          NULL,
    conclusion     VARCHAR(2000) NULL,
    opened_by      BIGINT        NOT NULL,
    opened_at      DATETIME(6)   NOT NULL,
    closed_at      DATETIME(6)   NULL,
    lock_version   BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_review_round_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_review_round_occupation FOREIGN KEY (occupation_id) REFERENCES occupation (id),
    CONSTRAINT fk_review_round_work_type FOREIGN KEY (work_type_id) REFERENCES work_type (id)
);

CREATE INDEX ix_review_round_institution ON review_round (institution_id, opened_at);

CREATE TABLE review_round_scope (
    round_id BIGINT      NOT NULL,
    level    INT         NOT NULL,
    subject  VARCHAR(16) NOT NULL,
    PRIMARY KEY (round_id, level, subject),
    CONSTRAINT fk_review_scope_round FOREIGN KEY (round_id) REFERENCES review_round (id)
);

CREATE TABLE review_panel_member (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id          BIGINT       NOT NULL,
    position          INT          NOT NULL,
    user_id           BIGINT       NULL,
    name              VARCHAR(100) NOT NULL,
    leader            BOOLEAN      NOT NULL,
    expert_level      INT          NULL,
    expert_title      VARCHAR(100) NULL,
    qualification_note VARCHAR(500) NULL,
    CONSTRAINT uk_review_panel_position UNIQUE (round_id, position),
    CONSTRAINT fk_review_panel_round FOREIGN KEY (round_id) REFERENCES review_round (id)
);

CREATE INDEX ix_review_panel_user ON review_panel_member (user_id);

CREATE TABLE review_round_item (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id               BIGINT        NOT NULL,
    item_id                BIGINT        NOT NULL,
    item_code              VARCHAR(64)   NOT NULL,
    level                  INT           NOT NULL,
    subject                VARCHAR(16)   NOT NULL,
    version_id             BIGINT        NOT NULL,
    version_no             INT           NOT NULL,
    content_hash           VARCHAR(64)   NOT NULL,
    author_id              BIGINT        NOT NULL,
    state                  VARCHAR(24)   NOT NULL,
    conclusion             VARCHAR(24)   NULL,
    conclusion_note        VARCHAR(1000) NULL,
    concluded_at           DATETIME(6)   NULL,
    revised_version_id     BIGINT        NULL,
    revised_version_no     INT           NULL,
    revised_hash           VARCHAR(64)   NULL,
    CONSTRAINT uk_review_round_item UNIQUE (round_id, item_id),
    CONSTRAINT fk_review_item_round FOREIGN KEY (round_id) REFERENCES review_round (id),
    CONSTRAINT fk_review_item_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_review_item_version FOREIGN KEY (version_id) REFERENCES item_version (id),
    CONSTRAINT fk_review_item_revised FOREIGN KEY (revised_version_id) REFERENCES item_version (id)
);

CREATE INDEX ix_review_round_item_version ON review_round_item (version_id);

CREATE TABLE review_verdict (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT        NOT NULL,
    item_id      BIGINT        NOT NULL,
    version_id   BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL,
    verdict      VARCHAR(24)   NOT NULL,
    comment      VARCHAR(2000) NULL,
    submitted_at DATETIME(6)   NOT NULL,
    CONSTRAINT uk_review_verdict UNIQUE (round_id, version_id, user_id),
    CONSTRAINT fk_review_verdict_round FOREIGN KEY (round_id) REFERENCES review_round (id)
);

CREATE TABLE review_verdict_reason (
    verdict_id BIGINT      NOT NULL,
    reason     VARCHAR(24) NOT NULL,
    PRIMARY KEY (verdict_id, reason),
    CONSTRAINT fk_review_reason_verdict FOREIGN KEY (verdict_id) REFERENCES review_verdict (id)
);

-- One sign-off per level and round (the unique key makes a second sign-off impossible even under races).
CREATE TABLE review_level_signoff (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT        NOT NULL,
    level       INT           NOT NULL,
    opinion     VARCHAR(2000) NOT NULL,
    signer_id   BIGINT        NULL,
    signer_name VARCHAR(100)  NOT NULL,
    signed_at   DATETIME(6)   NOT NULL,
    digest      VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_review_signoff UNIQUE (round_id, level),
    CONSTRAINT fk_review_signoff_round FOREIGN KEY (round_id) REFERENCES review_round (id)
);
