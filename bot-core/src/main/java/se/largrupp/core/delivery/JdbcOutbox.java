package se.largrupp.core.delivery;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Set;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.PersonalData;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.storage.Jdbc;

/**
 * The outbox table behind {@link Outbox}: {@code add} writes in the caller's transaction (through {@link Jdbc}) so a
 * message exists exactly when the state change that caused it committed. A second message with the same idempotency
 * key is ignored, without failing the caller's transaction.
 *
 * <p>The clock is real time (not the domain's scaled clock): it stamps when a row becomes due for the sender, whose
 * retries and rate limits are real seconds too.
 */
public final class JdbcOutbox implements Outbox, PersonalData {
    private final Jdbc jdbc;
    private final Clock clock;
    private final boolean postgres;
    private volatile Runnable onAdded = () -> {};

    public JdbcOutbox(Jdbc jdbc, Clock clock, boolean postgres) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.clock = Objects.requireNonNull(clock);
        this.postgres = postgres;
    }

    /**
     * Called once the transaction that added a message has committed (at once for an add outside a transaction),
     * e.g. {@link OutboxSender#wake}, so the sender looks when there is something to see instead of at its next poll.
     */
    public JdbcOutbox onAdded(Runnable listener) {
        this.onAdded = Objects.requireNonNull(listener);
        return this;
    }

    @Override
    public void add(OutgoingMessage message) {
        Instant now = clock.instant();
        Object[] params = {
            message.idempotencyKey(), message.conversation().value(), MessageJson.write(message.message(), message.language()),
            message.updateKey(), message.onlyFor().map(LeaderId::key), now, now
        };
        jdbc.withConnection(c -> {
            if (postgres) {
                // A failed INSERT would abort the caller's whole PostgreSQL transaction: let the database skip it.
                try (PreparedStatement ps = c.prepareStatement(INSERT + " ON CONFLICT (idempotency_key) DO NOTHING")) {
                    Jdbc.bind(ps, params);
                    return ps.executeUpdate();
                }
            }
            // H2 fails only the statement, so a racing duplicate can be caught; the look-up avoids the common case.
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM outbox WHERE idempotency_key = ?")) {
                exists.setString(1, message.idempotencyKey());
                try (var rs = exists.executeQuery()) {
                    if (rs.next()) return 0;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                Jdbc.bind(ps, params);
                return ps.executeUpdate();
            } catch (SQLException e) {
                if (isUniqueViolation(e)) return 0;
                throw e;
            }
        });
        jdbc.afterCommit(onAdded);
    }

    /**
     * Forget me: every message, whatever its state, that is for the leader alone, whose key names them, or that names
     * them in a conversation of their groups (a welcome list, a round's order, a turn card). A message waiting to be
     * sent is gone with the rest: nothing about them goes out after they were forgotten.
     */
    @Override
    public void erase(LeaderId leader, String displayName, Set<ConversationRef> conversations) {
        String key = leader.key();
        jdbc.update("DELETE FROM outbox WHERE only_for = ? OR idempotency_key LIKE ? ESCAPE '\\' OR idempotency_key LIKE ? ESCAPE '\\'",
                key, "%:" + like(key), "%:" + like(key) + ":%");
        String name = new String(JsonStringEncoder.getInstance().quoteAsString(displayName));
        if (name.isBlank()) return;
        for (ConversationRef c : conversations)
            jdbc.update("DELETE FROM outbox WHERE conversation = ? AND payload LIKE ? ESCAPE '\\'", c.value(), "%" + like(name) + "%");
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static final String COLUMNS =
            "(idempotency_key, conversation, payload, update_key, only_for, attempts, status, next_attempt_at, created_at)";
    private static final String INSERT =
            "INSERT INTO outbox " + COLUMNS + " VALUES (?, ?, ?, ?, ?, 0, 'pending', ?, ?)";
    private static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
