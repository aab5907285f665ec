-- Leaders of the programme. Keys are the stable text forms of the model (platform:workspace[:user]).
-- Only identity and preferences are stored; never anything said in a group.
CREATE TABLE leaders (
    leader_key     VARCHAR(600) NOT NULL PRIMARY KEY,
    platform       VARCHAR(16)  NOT NULL,
    workspace_key  VARCHAR(300) NOT NULL,
    user_id        VARCHAR(300) NOT NULL,
    display_name   VARCHAR(500) NOT NULL,
    department     VARCHAR(500),
    manager_key    VARCHAR(600),
    language       VARCHAR(8),
    zone           VARCHAR(64)  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    paused_until   DATE,
    joined_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX leaders_workspace ON leaders (workspace_key, joined_at);
CREATE INDEX leaders_manager ON leaders (manager_key);

-- The confidential "rather not with" list of a leader, in the order given.
CREATE TABLE leader_not_with (
    leader_key  VARCHAR(600) NOT NULL REFERENCES leaders (leader_key) ON DELETE CASCADE,
    other_key   VARCHAR(600) NOT NULL,
    position    INTEGER      NOT NULL,
    PRIMARY KEY (leader_key, other_key)
);
CREATE INDEX leader_not_with_other ON leader_not_with (other_key);
