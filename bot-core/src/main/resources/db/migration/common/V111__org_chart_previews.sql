-- An org-chart import an admin previewed in chat and has not yet applied or cancelled (docs/org-chart.md). The plan
-- holds user ids, names and the facts HR gave; it is deleted on Apply or Cancel, after a day, and by forget me.
CREATE TABLE org_import_previews (
    preview_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    workspace_key  VARCHAR(300) NOT NULL,
    created_by     VARCHAR(600) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    plan           TEXT         NOT NULL
);
CREATE INDEX org_import_previews_workspace ON org_import_previews (workspace_key, created_at);
