-- The sandbox (deploy module) loads its demo organisation once per workspace; this row says it did, so leaders
-- who later leave or are forgotten in the sandbox are not brought back on the next start.
CREATE TABLE sandbox_seed (
    workspace_key VARCHAR(300) NOT NULL PRIMARY KEY,
    seeded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
