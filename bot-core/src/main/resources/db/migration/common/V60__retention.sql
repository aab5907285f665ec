-- Retention (README, "Security and privacy"): when a leader left, so their row can be erased after the retention
-- period, and when an outbox row was parked, so it is purged like a delivered one. Leaders who left before this
-- migration count from now.
ALTER TABLE leaders ADD COLUMN left_at TIMESTAMP WITH TIME ZONE;
UPDATE leaders SET left_at = CURRENT_TIMESTAMP WHERE status = 'left';
CREATE INDEX leaders_left ON leaders (status, left_at);

ALTER TABLE outbox ADD COLUMN parked_at TIMESTAMP WITH TIME ZONE;
UPDATE outbox SET parked_at = CURRENT_TIMESTAMP WHERE status = 'parked';
