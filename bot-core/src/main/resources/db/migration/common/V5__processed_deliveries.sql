-- Platform delivery ids already applied (Slack event ids, Teams activity ids); purged after 7 days.
CREATE TABLE processed_deliveries (
    delivery_id  VARCHAR(300) NOT NULL PRIMARY KEY,
    seen_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX processed_deliveries_seen ON processed_deliveries (seen_at);
