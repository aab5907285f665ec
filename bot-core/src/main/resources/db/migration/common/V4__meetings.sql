-- Occurrences of a group's standing booking and the answers to them. No notes, no content.
CREATE TABLE meetings (
    group_id   VARCHAR(64) NOT NULL REFERENCES learning_groups (group_id) ON DELETE CASCADE,
    starts_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status     VARCHAR(16) NOT NULL,
    PRIMARY KEY (group_id, starts_at)
);

CREATE TABLE rsvps (
    group_id    VARCHAR(64)  NOT NULL,
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    leader_key  VARCHAR(600) NOT NULL,
    answer      VARCHAR(16)  NOT NULL,
    PRIMARY KEY (group_id, starts_at, leader_key),
    FOREIGN KEY (group_id, starts_at) REFERENCES meetings (group_id, starts_at) ON DELETE CASCADE
);
CREATE INDEX rsvps_leader ON rsvps (leader_key);
