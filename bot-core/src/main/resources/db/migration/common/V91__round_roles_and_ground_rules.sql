-- The fair rotation of roles (samtalsledare, opener) and the fact that a member agreed to the group's ground rules.
-- Ids, counts and times only; forget me deletes a leader's rows.
CREATE TABLE round_roles (
    group_id     VARCHAR(64)  NOT NULL,
    role         VARCHAR(16)  NOT NULL,
    platform     VARCHAR(16)  NOT NULL,
    workspace_id VARCHAR(200) NOT NULL,
    user_id      VARCHAR(200) NOT NULL,
    times        INTEGER      NOT NULL,
    last_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (group_id, role, platform, workspace_id, user_id)
);
CREATE INDEX round_roles_leader ON round_roles (platform, workspace_id, user_id);
CREATE TABLE ground_rules_agreed (
    group_id     VARCHAR(64)  NOT NULL,
    platform     VARCHAR(16)  NOT NULL,
    workspace_id VARCHAR(200) NOT NULL,
    user_id      VARCHAR(200) NOT NULL,
    agreed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (group_id, platform, workspace_id, user_id)
);
CREATE INDEX ground_rules_leader ON ground_rules_agreed (platform, workspace_id, user_id);
