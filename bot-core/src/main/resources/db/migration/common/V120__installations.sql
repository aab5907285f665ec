-- Slack installations of a distributed app (OAuth), one row per workspace install or organisation-wide install.
-- Tokens are stored encrypted (AES-GCM, key from LARGRUPP_SECRET_KEY); the latest install of a workspace wins.
CREATE TABLE installations (
    install_key            VARCHAR(200) NOT NULL,
    platform               VARCHAR(20)  NOT NULL,
    enterprise_id          VARCHAR(100),
    team_id                VARCHAR(100),
    enterprise_install     BOOLEAN      NOT NULL,
    app_id                 VARCHAR(100),
    bot_user_id            VARCHAR(100),
    bot_id                 VARCHAR(100),
    bot_scopes             VARCHAR(2000),
    bot_token              VARCHAR(2000) NOT NULL,
    bot_refresh_token      VARCHAR(2000),
    bot_token_expires_at   TIMESTAMP WITH TIME ZONE,
    installed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (install_key)
);
CREATE INDEX installations_team ON installations (team_id);
CREATE INDEX installations_enterprise ON installations (enterprise_id);

-- The workspaces of an organisation-wide install (team_access_granted / team_access_revoked, and every request seen).
CREATE TABLE installation_teams (
    enterprise_id  VARCHAR(100) NOT NULL,
    team_id        VARCHAR(100) NOT NULL,
    PRIMARY KEY (team_id)
);

-- OAuth state values of installs under way: valid once, for ten minutes.
CREATE TABLE oauth_states (
    state       VARCHAR(200) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (state)
);

-- Which key encrypted the stored tokens (a fingerprint, not the key): a changed LARGRUPP_SECRET_KEY is told at start-up.
CREATE TABLE secret_key_check (
    id           INT          NOT NULL,
    fingerprint  VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
);

-- Workspaces whose app was uninstalled: their data is purged when the grace period is over, unless reinstalled.
CREATE TABLE workspace_uninstalls (
    workspace_key   VARCHAR(300) NOT NULL,
    uninstalled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_key)
);
