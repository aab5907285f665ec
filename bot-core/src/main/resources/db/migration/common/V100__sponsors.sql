-- Sponsors added in chat (or by an import), per workspace. Configured sponsors (LARGRUPP_SPONSORS) are not stored.
CREATE TABLE sponsors (
    workspace_key  VARCHAR(300) NOT NULL,
    leader_key     VARCHAR(600) NOT NULL,
    added_by       VARCHAR(600),
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (leader_key)
);
CREATE INDEX sponsors_workspace ON sponsors (workspace_key);
