-- Meeting templates (issue 18): a round's phases, its samtalsledare, and the template a group chose.
ALTER TABLE rounds ADD COLUMN template VARCHAR(40);
ALTER TABLE rounds ADD COLUMN phase_seconds VARCHAR(400);
ALTER TABLE rounds ADD COLUMN current_phase INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE rounds ADD COLUMN facilitator VARCHAR(400);
CREATE TABLE group_templates (
    group_id VARCHAR(64) NOT NULL PRIMARY KEY,
    template VARCHAR(40) NOT NULL
);
