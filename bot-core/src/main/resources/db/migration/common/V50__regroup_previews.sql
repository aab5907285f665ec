-- The regrouping an admin previewed and may apply: one per workspace, replaced by a new preview, removed on apply
-- or cancel. Groups are lines of "group<TAB>platform<TAB>workspace<TAB>user" (Teams user ids contain colons).
CREATE TABLE regroup_previews (
    workspace        VARCHAR(300)  NOT NULL PRIMARY KEY,
    base_generation  INTEGER       NOT NULL,
    created_by       VARCHAR(600)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    summary          VARCHAR(400)  NOT NULL,
    group_members      TEXT          NOT NULL
);
