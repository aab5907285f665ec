package se.largrupp.core.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.JdbcTransactions;

/**
 * The sender's side of the outbox table. Claiming is a lease: a conditional UPDATE sets {@code claimed_by} and
 * {@code claimed_until} only on rows nobody holds, which is race-free on H2 and PostgreSQL alike (the row lock makes
 * the second UPDATE re-check its condition), so several instances never deliver the same row (on PostgreSQL the
 * candidates are also read {@code FOR UPDATE SKIP LOCKED}, so instances do not wait on each other); a crashed instance's
 * rows come free when its lease ends. Only the oldest pending row of each conversation is claimable, so messages of
 * one conversation go out in order, one at a time.
 */
public final class OutboxStore {
    /** A claimed row, with the platform id it edits when it shares an update key with a delivered message. */
    public record Claimed(long id, OutgoingMessage message, int attempts, Optional<String> replacing) {}

    private final Jdbc jdbc;
    private final JdbcTransactions transactions;

    public OutboxStore(Jdbc jdbc, JdbcTransactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public List<Claimed> claim(String owner, Instant now, Instant leaseUntil, int limit) {
        if (limit <= 0) return List.of();
        String token = owner + "/" + UUID.randomUUID();
        // On PostgreSQL the candidates stay row-locked until the lease is written, and other instances skip them
        // instead of racing for the same rows; elsewhere the conditional UPDATE alone keeps claims exclusive.
        boolean skipLocked = isPostgres();
        transactions.inTransaction(() -> {
            List<Long> candidates = jdbc.query(CANDIDATES + (skipLocked ? " FOR UPDATE OF o SKIP LOCKED" : ""),
                    rs -> rs.getLong(1), now, now, limit);
            if (candidates.isEmpty()) return;
            List<Object> params = new ArrayList<>(List.of(token, leaseUntil, now));
            params.addAll(candidates);
            jdbc.update("UPDATE outbox SET claimed_by = ?, claimed_until = ?"
                    + " WHERE status = 'pending' AND (claimed_until IS NULL OR claimed_until < ?) AND id IN ("
                    + String.join(", ", Collections.nCopies(candidates.size(), "?")) + ")", params.toArray());
        });
        return jdbc.query("""
                SELECT o.id, o.idempotency_key, o.conversation, o.payload, o.update_key, o.only_for, o.attempts,
                       u.platform_message_id AS replacing
                  FROM outbox o LEFT JOIN outbox_update_targets u
                    ON u.conversation = o.conversation AND u.update_key = o.update_key
                 WHERE o.claimed_by = ? ORDER BY o.id""", OutboxStore::claimed, token);
    }

    // Heads first (the oldest pending row of each conversation), then the due ones among them. Grouping over the
    // (conversation, status, id) index stays cheap with many pending rows, where a NOT EXISTS per due row did not
    // (H2 evaluated it for every due row before sorting: 0.5 s per claim with 10,000 pending).
    private static final String CANDIDATES = """
            SELECT o.id FROM outbox o
              JOIN (SELECT MIN(id) AS id FROM outbox WHERE status = 'pending' GROUP BY conversation) head
                ON head.id = o.id
             WHERE o.next_attempt_at <= ? AND (o.claimed_until IS NULL OR o.claimed_until < ?)
             ORDER BY o.next_attempt_at, o.id
             LIMIT ?""";

    private volatile Boolean postgres;

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = jdbc.withConnection(c -> c.getMetaData().getDatabaseProductName()).toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }
        return postgres;
    }

    /**
     * Marks the row delivered, remembers its platform id for later edits, and holds the conversation's next posts
     * back until {@code conversationFreeAt}: the platform's per-conversation rate limit, kept in the table so every
     * instance respects it.
     */
    public void delivered(Claimed row, String platformMessageId, Instant now, Instant conversationFreeAt) {
        String conversation = row.message().conversation().value();
        transactions.inTransaction(() -> {
            jdbc.update("UPDATE outbox SET status = 'delivered', platform_message_id = ?, delivered_at = ?,"
                    + " attempts = attempts + 1, claimed_by = NULL, claimed_until = NULL, last_error = NULL WHERE id = ?",
                    platformMessageId, now, row.id());
            if (row.message().idempotencyKey().startsWith(se.largrupp.core.port.Outbox.ERASE_AFTER_DELIVERY))
                jdbc.update("UPDATE outbox SET payload = ? WHERE id = ?", MessageJson.write(Message.text("…")), row.id());
            // Only new posts count against the per-conversation limit (Slack's 1/s is on chat.postMessage; edits
            // have their own, looser one): an edit neither waits for the interval nor makes others wait, so a
            // round's card follows its "time's up" at once.
            if (conversationFreeAt.isAfter(now) && row.replacing().isEmpty()) {
                jdbc.update("UPDATE outbox SET next_attempt_at = ? WHERE conversation = ? AND status = 'pending'"
                        + " AND update_key IS NULL AND next_attempt_at < ?", conversationFreeAt, conversation, conversationFreeAt);
            }
            row.message().updateKey().ifPresent(key -> {
                int n = jdbc.update("UPDATE outbox_update_targets SET platform_message_id = ?, updated_at = ?"
                        + " WHERE conversation = ? AND update_key = ?", platformMessageId, now, conversation, key);
                // No race: only one message of a conversation is in flight at a time.
                if (n == 0) jdbc.update("INSERT INTO outbox_update_targets (conversation, update_key, platform_message_id,"
                        + " updated_at) VALUES (?, ?, ?, ?)", conversation, key, platformMessageId, now);
            });
        });
    }

    public void retryAt(Claimed row, int attempts, Instant nextAttemptAt, String error) {
        jdbc.update("UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, claimed_by = NULL,"
                + " claimed_until = NULL WHERE id = ?", attempts, nextAttemptAt, truncate(error), row.id());
    }

    public void park(Claimed row, int attempts, String error, Instant now) {
        jdbc.update("UPDATE outbox SET status = 'parked', attempts = ?, last_error = ?, parked_at = ?, claimed_by = NULL,"
                + " claimed_until = NULL WHERE id = ?", attempts, truncate(error), now, row.id());
    }

    /** Frees every claim: for a single-instance database at start, where any claim is a dead process's. */
    public int releaseAllClaims() {
        return jdbc.update("UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by IS NOT NULL AND status = 'pending'");
    }

    /** Gives a claimed row back untouched (a sender stopping before it got to it). */
    public void release(Claimed row) {
        jdbc.update("UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE id = ? AND status = 'pending'", row.id());
    }

    /** Deletes the rows delivered or parked before {@code before}: the retention rule of the outbox. */
    public int purgeFinishedBefore(Instant before) {
        return jdbc.update("DELETE FROM outbox WHERE (status = 'delivered' AND delivered_at < ?)"
                + " OR (status = 'parked' AND parked_at < ?)", before, before);
    }

    /** When the next unclaimed pending row falls due after {@code now}; rows due already are waiting for a claim. */
    public Optional<Instant> nextDueAfter(Instant now) {
        return jdbc.queryOne("SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending' AND next_attempt_at > ?",
                rs -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant), now)
                .flatMap(o -> o);
    }

    /** Row counts per status, for metrics and tests. */
    public long count(String status) {
        return jdbc.queryOne("SELECT COUNT(*) FROM outbox WHERE status = ?", rs -> rs.getLong(1), status).orElse(0L);
    }

    private static Claimed claimed(ResultSet rs) throws SQLException {
        String payload = rs.getString("payload");
        OutgoingMessage message = new OutgoingMessage(
                rs.getString("idempotency_key"),
                new ConversationRef(rs.getString("conversation")),
                MessageJson.read(payload),
                Optional.ofNullable(rs.getString("update_key")),
                Optional.ofNullable(rs.getString("only_for")).map(LeaderId::parse),
                MessageJson.language(payload));
        return new Claimed(rs.getLong("id"), message, rs.getInt("attempts"), Optional.ofNullable(rs.getString("replacing")));
    }

    private static String truncate(String error) {
        if (error == null) return null;
        return error.length() <= 500 ? error : error.substring(0, 500);
    }
}
