-- Timed rounds: timing and turn order only, never anything that was said.
CREATE TABLE rounds (
    round_id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    group_id            VARCHAR(64)   NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    turn_order          VARCHAR(8000) NOT NULL,
    turn_seconds        INTEGER       NOT NULL,
    current_turn        INTEGER       NOT NULL,
    turn_ends_at        TIMESTAMP WITH TIME ZONE,
    paused_remaining_ms BIGINT,
    status              VARCHAR(16)   NOT NULL
);
CREATE INDEX rounds_group ON rounds (group_id, started_at);
CREATE INDEX rounds_status ON rounds (status);
