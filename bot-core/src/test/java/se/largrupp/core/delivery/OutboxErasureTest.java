package se.largrupp.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class OutboxErasureTest {
    private static final LeaderId ASA = LeaderId.of(Platform.SLACK, "T1", "U1");
    private static final LeaderId OTHER = LeaderId.of(Platform.SLACK, "T1", "U12");
    private static final ConversationRef HER_GROUP = new ConversationRef("slack:T1:C1");
    private static final ConversationRef ELSEWHERE = new ConversationRef("slack:T1:C2");
    private final MutableClock clock = MutableClock.at(Instant.parse("2027-01-12T11:00:00Z"));

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void erasing_a_leader_removes_every_message_for_them_keyed_by_them_or_naming_them_where_they_were_in_any_state(TestDatabase db) {
        JdbcOutbox outbox = new JdbcOutbox(db.jdbc(), clock, db.isPostgres());
        db.transactions().inTransaction(() -> {
            outbox.add(new OutgoingMessage("dm", ConversationRef.direct(ASA), Message.text("Hej"), Optional.empty(), Optional.of(ASA)));
            outbox.add(OutgoingMessage.post("reminder:" + ASA.key(), ELSEWHERE, Message.text("x")));
            outbox.add(OutgoingMessage.post("welcome", HER_GROUP, Message.text("Här är ni: Åsa \"Ö\" Berg, Bo")));
            outbox.add(OutgoingMessage.post("card", HER_GROUP, Message.text("Åsa \"Ö\" Berg har ordet")));
            // kept: a key that merely starts like hers, her name in a conversation of no group of hers, other texts
            outbox.add(new OutgoingMessage("dm-other", ConversationRef.direct(OTHER), Message.text("Hej"), Optional.empty(), Optional.of(OTHER)));
            outbox.add(OutgoingMessage.post("reminder:" + OTHER.key(), ELSEWHERE, Message.text("x")));
            outbox.add(OutgoingMessage.post("namesake", ELSEWHERE, Message.text("Åsa \"Ö\" Berg (another one)")));
            outbox.add(OutgoingMessage.post("nudge", HER_GROUP, Message.text("I morgon 12:00")));
        });
        db.jdbc().update("UPDATE outbox SET status = 'delivered', delivered_at = created_at WHERE idempotency_key = 'welcome'");
        db.jdbc().update("UPDATE outbox SET status = 'parked' WHERE idempotency_key = 'card'");

        db.transactions().inTransaction(() -> outbox.erase(ASA, "Åsa \"Ö\" Berg", Set.of(HER_GROUP)));

        assertThat(db.jdbc().query("SELECT idempotency_key FROM outbox ORDER BY id", rs -> rs.getString(1)))
                .containsExactly("dm-other", "reminder:" + OTHER.key(), "namesake", "nudge");
    }
}
