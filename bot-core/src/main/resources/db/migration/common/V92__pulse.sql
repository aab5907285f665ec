-- The anonymous pulse after a meeting (issue 18). For good: counts per workspace and month, never a group or a person.
CREATE TABLE pulse_months (
    workspace_key VARCHAR(300) NOT NULL,
    period        CHAR(7)      NOT NULL,
    meetings      INTEGER      NOT NULL,
    PRIMARY KEY (workspace_key, period)
);
CREATE TABLE pulse_counts (
    workspace_key VARCHAR(300) NOT NULL,
    period        CHAR(7)      NOT NULL,
    question      INTEGER      NOT NULL,
    answer        INTEGER      NOT NULL,
    answers       INTEGER      NOT NULL,
    PRIMARY KEY (workspace_key, period, question, answer)
);
-- For the 24 hours a pulse is open: a random id (no group), and who answered which question so each answers once.
CREATE TABLE pulse_windows (
    pulse_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    workspace_key VARCHAR(300) NOT NULL,
    period        CHAR(7)      NOT NULL,
    closes_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    answered      BOOLEAN      NOT NULL
);
CREATE INDEX pulse_windows_closes ON pulse_windows (closes_at);
CREATE TABLE pulse_answered (
    pulse_id   VARCHAR(64)  NOT NULL,
    leader_key VARCHAR(700) NOT NULL,
    question   INTEGER      NOT NULL,
    PRIMARY KEY (pulse_id, leader_key, question)
);
CREATE INDEX pulse_answered_leader ON pulse_answered (leader_key);
