-- Real calendar invites (docs/calendar.md, "Outlook invites"): the organiser's event of each published series, what it
-- was last made from (a fingerprint of the booking and the attendees' ids), the skipped occurrences already cancelled,
-- and whether the series itself was cancelled. Event ids and fingerprints only.
CREATE TABLE calendar_invites (
    group_id     VARCHAR(64)   NOT NULL,
    series_no    INTEGER       NOT NULL,
    event_id     VARCHAR(1000) NOT NULL,
    fingerprint  VARCHAR(64)   NOT NULL,
    cancelled    BOOLEAN       NOT NULL,
    skips_done   VARCHAR(4000) NOT NULL,
    PRIMARY KEY (group_id, series_no)
);
