-- Calendar subscriptions (docs/calendar.md). Each series of a group's standing booking as published: the booking it
-- was made from (a fingerprint that reads back), when it ended (a move after it met, which starts the next series),
-- and its SEQUENCE. A leader's feed: its secret token (random, names no one; shown again by `calendar`). And which groups' series a
-- leader's feed has shown, so a group they left is ended in their calendar. Ids and times only.
CREATE TABLE calendar_series (
    group_id     VARCHAR(64)   NOT NULL,
    series_no    INTEGER       NOT NULL,
    booking      VARCHAR(1000) NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    sequence_no  INTEGER       NOT NULL,
    skips        VARCHAR(4000) NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (group_id, series_no)
);

CREATE TABLE calendar_feeds (
    token        VARCHAR(64)   NOT NULL PRIMARY KEY,
    leader_key   VARCHAR(600)  NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE calendar_feed_groups (
    leader_key   VARCHAR(600)  NOT NULL,
    group_id     VARCHAR(64)   NOT NULL,
    left_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (leader_key, group_id)
);
