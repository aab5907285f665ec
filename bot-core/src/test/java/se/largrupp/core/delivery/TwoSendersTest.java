package se.largrupp.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** Two instances' senders on one outbox, as in a cluster: nothing twice, and each conversation in order. */
class TwoSendersTest {
    private static final int CONVERSATIONS = 10, EACH = 15;

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void two_senders_on_one_outbox_deliver_everything_once_and_in_order(TestDatabase db) throws Exception {
        RecordingPlatform platform = new RecordingPlatform();
        OutboxSender.Options options = OutboxSender.Options.defaults().withWorkers(4)
                .withConversationInterval(Duration.ZERO).withMaxPerSecond(0).withPollInterval(Duration.ofMillis(20));
        JdbcOutbox outbox = new JdbcOutbox(db.jdbc(), Clock.systemUTC(), db.isPostgres());
        db.transactions().inTransaction(() -> IntStream.range(0, EACH).forEach(n -> IntStream.range(0, CONVERSATIONS).forEach(c ->
                outbox.add(OutgoingMessage.post(c + ":" + n, new ConversationRef("slack:T1:C" + c), Message.text("m"))))));

        try (OutboxSender a = sender(db, platform, options); OutboxSender b = sender(db, platform, options)) {
            a.start();
            b.start();
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (platform.accepted().size() < CONVERSATIONS * EACH && System.nanoTime() < end) Thread.sleep(20);
        }

        assertThat(platform.acceptedKeys()).hasSize(CONVERSATIONS * EACH).doesNotHaveDuplicates();
        for (int c = 0; c < CONVERSATIONS; c++) {
            String conversation = "slack:T1:C" + c;
            List<Integer> order = platform.accepted().stream().filter(x -> x.conversation().equals(conversation))
                    .map(x -> Integer.parseInt(x.idempotencyKey().substring(x.idempotencyKey().indexOf(':') + 1))).toList();
            assertThat(order).as(conversation).isSorted();
        }
    }

    private static OutboxSender sender(TestDatabase db, RecordingPlatform platform, OutboxSender.Options options) {
        return new OutboxSender(new OutboxStore(db.jdbc(), db.transactions()), platform, Clock.systemUTC(), options);
    }
}
