package se.largrupp.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.TestDatabases;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class OutboxSenderThreadTest {
    @Test
    void the_running_sender_is_woken_by_the_commit_instead_of_waiting_for_its_poll() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            RecordingPlatform platform = new RecordingPlatform();
            OutboxSender sender = new OutboxSender(new OutboxStore(db.jdbc(), db.transactions()), platform,
                    Clock.systemUTC(), OutboxSender.Options.defaults()
                            .withConversationInterval(Duration.ZERO).withMaxPerSecond(0).withPollInterval(Duration.ofHours(1)));
            JdbcOutbox outbox = new JdbcOutbox(db.jdbc(), Clock.systemUTC(), false).onAdded(sender::wake);
            sender.start();
            try {
                db.transactions().inTransaction(() -> IntStream.range(0, 20).forEach(i -> outbox.add(OutgoingMessage.post(
                        "m" + i, new ConversationRef("slack:T1:C" + (i % 4)), Message.text("turn " + i)))));
                // The poll is an hour away: only the wake-up from onAdded can deliver within the deadline.
                // Latency itself is measured by the benchmarks, not asserted here (shared machines are noisy).
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (platform.accepted().size() < 20 && System.nanoTime() < deadline) Thread.sleep(10);

                assertThat(platform.acceptedKeys()).hasSize(20).doesNotHaveDuplicates();
            } finally {
                sender.close();
            }
        }
    }
}
