-- The full 考务方案 on a batch: site (and approval when not the filed site), emergency plan, filing and state
-- stamps; per session the exam mode and workstations; the staff; and the amendment trail after submission.

ALTER TABLE batch ADD COLUMN site VARCHAR(300) NULL;
ALTER TABLE batch ADD COLUMN site_approval VARCHAR(500) NULL;
ALTER TABLE batch ADD COLUMN emergency_plan TEXT NULL;
ALTER TABLE batch ADD COLUMN filed_on DATE NULL;
ALTER TABLE batch ADD COLUMN late BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE batch ADD COLUMN late_reason VARCHAR(500) NULL;
ALTER TABLE batch ADD COLUMN submitted_at DATETIME(6) NULL;
ALTER TABLE batch ADD COLUMN approved_at DATETIME(6) NULL;
ALTER TABLE batch ADD COLUMN approval_note VARCHAR(500) NULL;
ALTER TABLE batch ADD COLUMN closed_at DATETIME(6) NULL;
ALTER TABLE batch ADD COLUMN cancel_reason VARCHAR(500) NULL;
ALTER TABLE batch ADD COLUMN amendment_count INT NOT NULL DEFAULT 0;

ALTER TABLE exam_session ADD COLUMN mode VARCHAR(16) NOT NULL DEFAULT 'WRITTEN';
ALTER TABLE exam_session ADD COLUMN workstations INT NULL;

CREATE TABLE batch_staff (
    batch_id       BIGINT       NOT NULL,
    position       INT          NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    certificate_no VARCHAR(100) NULL,
    qualification  VARCHAR(200) NULL,
    session_code   VARCHAR(64)  NULL,
    group_name     VARCHAR(100) NULL,
    group_leader   BOOLEAN      NOT NULL,
    PRIMARY KEY (batch_id, position),
    CONSTRAINT fk_batch_staff_batch FOREIGN KEY (batch_id) REFERENCES batch (id)
);

-- number 0 is the plan as submitted; 1.. are amendments. Snapshots are JSON of the whole plan.
CREATE TABLE batch_amendment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_id        BIGINT       NOT NULL,
    number          INT          NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    actor_id        BIGINT       NOT NULL,
    actor_name      VARCHAR(64)  NOT NULL,
    at              DATETIME(6)  NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    before_snapshot MEDIUMTEXT   NULL,
    after_snapshot  MEDIUMTEXT   NOT NULL,
    CONSTRAINT uk_batch_amendment UNIQUE (batch_id, number),
    CONSTRAINT fk_batch_amendment_batch FOREIGN KEY (batch_id) REFERENCES batch (id)
);
