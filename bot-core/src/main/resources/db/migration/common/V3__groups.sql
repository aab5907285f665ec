-- Learning groups of every generation; dissolved ones stay as the co-membership history.
-- The standing booking keeps the zone id and the local wall-clock time, so occurrences stay right across DST.
CREATE TABLE learning_groups (
    group_id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    workspace_key     VARCHAR(300) NOT NULL,
    name              VARCHAR(200) NOT NULL,
    generation        INTEGER      NOT NULL,
    conversation_ref  VARCHAR(1000),
    booking_weekday   INTEGER,
    booking_time      TIME,
    booking_zone      VARCHAR(64),
    booking_cadence_weeks     INTEGER,
    booking_duration_seconds  INTEGER,
    booking_format    VARCHAR(32),
    booking_link      VARCHAR(2000),
    booking_first_date DATE,
    status            VARCHAR(16)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    dissolved_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX learning_groups_workspace ON learning_groups (workspace_key, status);
CREATE INDEX learning_groups_conversation ON learning_groups (conversation_ref);

CREATE TABLE group_members (
    group_id    VARCHAR(64)  NOT NULL REFERENCES learning_groups (group_id) ON DELETE CASCADE,
    leader_key  VARCHAR(600) NOT NULL,
    position    INTEGER      NOT NULL,
    PRIMARY KEY (group_id, leader_key)
);
CREATE INDEX group_members_leader ON group_members (leader_key);
