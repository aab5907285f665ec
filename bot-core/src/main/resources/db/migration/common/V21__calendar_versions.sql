-- The SEQUENCE of each group's calendar event: bumped when the standing booking it was made from changes.
CREATE TABLE calendar_versions (
    group_id    VARCHAR(64)   NOT NULL PRIMARY KEY,
    sequence_no INTEGER       NOT NULL,
    fingerprint VARCHAR(1000) NOT NULL
);
