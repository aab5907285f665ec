-- The re-org guard (docs/org-chart.md): an active group that, after an import or a directory sync, holds a leader and
-- their manager within the manager depth; the admins were told once, with the smallest swap found. Ids only.
CREATE TABLE org_reorg_notices (
    notice_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    workspace_key    VARCHAR(300) NOT NULL,
    group_id         VARCHAR(64)  NOT NULL,
    leader_key       VARCHAR(600) NOT NULL,
    manager_key      VARCHAR(600) NOT NULL,
    mover_key        VARCHAR(600),
    other_group_id   VARCHAR(64),
    other_key        VARCHAR(600),
    status           VARCHAR(16)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT org_reorg_notices_status CHECK (status IN ('OPEN', 'APPLIED', 'IGNORED')),
    CONSTRAINT org_reorg_notices_once UNIQUE (group_id, leader_key, manager_key)
);
