-- A sponsor's message of support to every leader taking part. The draft lives here only until it is sent or
-- cancelled; once sent, only when and to how many remain (the outbox forgets the message once delivered).
CREATE TABLE encouragements (
    encouragement_id  VARCHAR(64)   NOT NULL PRIMARY KEY,
    workspace_key     VARCHAR(300)  NOT NULL,
    sponsor_key       VARCHAR(600),
    draft             VARCHAR(4000),
    status            VARCHAR(16)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at           TIMESTAMP WITH TIME ZONE,
    recipients        INTEGER       NOT NULL,
    CONSTRAINT encouragements_status CHECK (status IN ('DRAFT', 'SENT'))
);
CREATE INDEX encouragements_sponsor ON encouragements (sponsor_key, status);
CREATE INDEX encouragements_workspace ON encouragements (workspace_key, sent_at);
