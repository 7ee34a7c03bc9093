-- 鉴定要素细目表: one tree per institution / occupation / work type / level / subject, its nodes below.
-- Nodes are never deleted: a re-import updates nodes by code and retires the codes that disappeared, so items
-- that point at a 鉴定点 keep a valid reference for the whole retention period.

CREATE TABLE knowledge_tree (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_id BIGINT       NOT NULL,
    occupation_id  BIGINT       NOT NULL,
    work_type_id   BIGINT       NULL,
    level          INT          NOT NULL,
    subject        VARCHAR(16)  NOT NULL,
    -- institution:occupation:work type (0 = none):level:subject; unique even where work_type_id is NULL
    scope_key      VARCHAR(100) NOT NULL,
    revision       INT          NOT NULL,
    node_count     INT          NOT NULL,
    point_count    INT          NOT NULL,
    content_hash   VARCHAR(64)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(64)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_knowledge_tree_scope UNIQUE (scope_key),
    CONSTRAINT fk_knowledge_tree_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_knowledge_tree_occupation FOREIGN KEY (occupation_id) REFERENCES occupation (id),
    CONSTRAINT fk_knowledge_tree_work_type FOREIGN KEY (work_type_id) REFERENCES work_type (id)
);

CREATE INDEX ix_knowledge_tree_institution ON knowledge_tree (institution_id, occupation_id, level);

CREATE TABLE knowledge_node (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tree_id     BIGINT        NOT NULL,
    parent_id   BIGINT        NULL,
    code        VARCHAR(64)   NOT NULL,
    -- the code's segments joined by '/', e.g. A/A/A/001 or 2/21/23
    segments    VARCHAR(200)  NOT NULL,
    name        VARCHAR(500)  NOT NULL,
    weight      DECIMAL(9,3)  NULL,
    importance  CHAR(1)       NULL,
    depth       INT           NOT NULL,
    sort_order  INT           NOT NULL,
    retired     BOOLEAN       NOT NULL,
    CONSTRAINT uk_knowledge_node_code UNIQUE (tree_id, code),
    CONSTRAINT fk_knowledge_node_tree FOREIGN KEY (tree_id) REFERENCES knowledge_tree (id),
    CONSTRAINT fk_knowledge_node_parent FOREIGN KEY (parent_id) REFERENCES knowledge_node (id)
);

CREATE INDEX ix_knowledge_node_order ON knowledge_node (tree_id, retired, sort_order);
