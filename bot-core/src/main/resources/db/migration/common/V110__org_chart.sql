-- The org chart from where HR keeps it (docs/org-chart.md): what each source says about a person, one row per person
-- and source, so the precedence directory > HR import > typed by the leader is decided per fact. Only what the
-- grouping rules need: department, manager link, time zone, location. Never an e-mail address.
CREATE TABLE org_facts (
    leader_key     VARCHAR(600) NOT NULL,
    source         VARCHAR(16)  NOT NULL,
    workspace_key  VARCHAR(300) NOT NULL,
    department     VARCHAR(500),
    manager_key    VARCHAR(600),
    zone           VARCHAR(64),
    location       VARCHAR(500),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (leader_key, source),
    CONSTRAINT org_facts_source CHECK (source IN ('DIRECTORY', 'HR', 'TYPED'))
);
CREATE INDEX org_facts_workspace ON org_facts (workspace_key);
CREATE INDEX org_facts_manager ON org_facts (manager_key);

-- People an import matched who are not in the programme: invited, not enrolled, until they join.
CREATE TABLE org_invited (
    leader_key          VARCHAR(600) NOT NULL PRIMARY KEY,
    workspace_key       VARCHAR(300) NOT NULL,
    display_name        VARCHAR(500) NOT NULL,
    imported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    invitation_sent_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX org_invited_workspace ON org_invited (workspace_key, imported_at);

-- HR's confidential not-with list of an invited person, kept until they join (leaders keep theirs in leader_not_with).
CREATE TABLE org_not_with (
    leader_key  VARCHAR(600) NOT NULL,
    other_key   VARCHAR(600) NOT NULL,
    position    INTEGER      NOT NULL,
    PRIMARY KEY (leader_key, other_key)
);
CREATE INDEX org_not_with_other ON org_not_with (other_key);
