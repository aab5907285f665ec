-- Admins added in chat, per workspace. Configured admins (LARGRUPP_ADMINS) are not stored.
CREATE TABLE admins (
    workspace_key  VARCHAR(300) NOT NULL,
    leader_key     VARCHAR(600) NOT NULL,
    added_by       VARCHAR(600),
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (leader_key)
);
CREATE INDEX admins_workspace ON admins (workspace_key);
