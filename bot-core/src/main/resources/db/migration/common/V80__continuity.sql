-- Continuity between regroupings (README, "Regrouping"): who waits for a group and since when, invitations to new
-- groups (a leader's own or the bot's offer to waiting leaders) with each invitee's answer, and proposals that wait
-- for a decision (a placement or new group an admin approves, a merge of two small groups). Only ids, states and
-- times: never anything said.
CREATE TABLE waiting_list (
    leader_key     VARCHAR(600) NOT NULL PRIMARY KEY,
    workspace_key  VARCHAR(300) NOT NULL,
    since          TIMESTAMP WITH TIME ZONE NOT NULL,
    told_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX waiting_list_workspace ON waiting_list (workspace_key, since);

CREATE TABLE group_invitations (
    invitation_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    workspace_key  VARCHAR(300) NOT NULL,
    initiator_key  VARCHAR(600),
    self_started   BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    group_id       VARCHAR(64),
    keep_together  BOOLEAN      NOT NULL,
    CONSTRAINT group_invitations_status CHECK (status IN ('OPEN', 'FORMED', 'CLOSED'))
);
CREATE INDEX group_invitations_workspace ON group_invitations (workspace_key, created_at);

CREATE TABLE group_invitees (
    invitation_id  VARCHAR(64)  NOT NULL REFERENCES group_invitations (invitation_id) ON DELETE CASCADE,
    leader_key     VARCHAR(600) NOT NULL,
    position       INTEGER      NOT NULL,
    answer         VARCHAR(16)  NOT NULL,
    PRIMARY KEY (invitation_id, leader_key),
    CONSTRAINT group_invitees_answer CHECK (answer IN ('PENDING', 'ACCEPTED', 'DECLINED'))
);
CREATE INDEX group_invitees_leader ON group_invitees (leader_key);

CREATE TABLE continuity_proposals (
    proposal_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    workspace_key   VARCHAR(300) NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    group_id        VARCHAR(64),
    other_group_id  VARCHAR(64),
    group_accepted  BOOLEAN      NOT NULL,
    other_accepted  BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT continuity_proposals_kind CHECK (kind IN ('PLACE', 'NEW_GROUP', 'MERGE')),
    CONSTRAINT continuity_proposals_status CHECK (status IN ('PENDING', 'SKIPPED', 'DECLINED', 'DONE'))
);
CREATE INDEX continuity_proposals_workspace ON continuity_proposals (workspace_key, created_at);

CREATE TABLE continuity_proposal_members (
    proposal_id  VARCHAR(64)  NOT NULL REFERENCES continuity_proposals (proposal_id) ON DELETE CASCADE,
    leader_key   VARCHAR(600) NOT NULL,
    position     INTEGER      NOT NULL,
    PRIMARY KEY (proposal_id, leader_key)
);
