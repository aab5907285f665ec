package se.largrupp.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class OutboxTest {
    private static final Instant T0 = Instant.parse("2027-01-12T11:00:00Z");
    private static final ConversationRef GROUP_A = new ConversationRef("slack:T1:C1");
    private static final ConversationRef GROUP_B = new ConversationRef("teams:19:abc:https://smba.example/");
    private static final OutboxSender.Options OPTIONS = OutboxSender.Options.defaults()
            .withConversationInterval(Duration.ZERO).withMaxPerSecond(0).withMaxAttempts(4);

    private final MutableClock clock = MutableClock.at(T0);
    private final RecordingPlatform platform = new RecordingPlatform();

    private static OutgoingMessage post(String key, ConversationRef to) {
        return OutgoingMessage.post(key, to, Message.text("Tomorrow 12:00: bring a current situation (" + key + ")"));
    }

    private JdbcOutbox outbox(TestDatabase db) {
        return new JdbcOutbox(db.jdbc(), clock, db.isPostgres());
    }

    private OutboxSender sender(TestDatabase db, OutboxSender.Options options) {
        return new OutboxSender(new OutboxStore(db.jdbc(), db.transactions()), platform, clock, options, new Random(7));
    }

    private static String status(TestDatabase db, String key) {
        return db.jdbc().queryOne("SELECT status FROM outbox WHERE idempotency_key = ?", rs -> rs.getString(1), key).orElseThrow();
    }

    private static Instant nextAttempt(TestDatabase db, String key) {
        return db.jdbc().queryOne("SELECT next_attempt_at FROM outbox WHERE idempotency_key = ?",
                rs -> rs.getObject(1, OffsetDateTime.class).toInstant(), key).orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_message_is_delivered_once_and_marked_delivered(TestDatabase db) {
        db.transactions().inTransaction(() -> outbox(db).add(post("nudge:g1", GROUP_A)));
        OutboxSender sender = sender(db, OPTIONS);

        assertThat(sender.runOnce()).isEqualTo(1);
        assertThat(sender.runOnce()).isZero();

        assertThat(platform.acceptedKeys()).containsExactly("nudge:g1");
        assertThat(status(db, "nudge:g1")).isEqualTo("delivered");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void the_language_a_message_is_written_in_reaches_the_platform_with_it(TestDatabase db) {
        java.util.List<se.largrupp.core.leaders.Language> seen = new java.util.ArrayList<>();
        platform.thenAnswer(m -> { seen.add(m.languageOrDefault()); return null; }, m -> { seen.add(m.languageOrDefault()); return null; });
        db.transactions().inTransaction(() -> {
            outbox(db).add(post("nudge:en", GROUP_A).in(se.largrupp.core.leaders.Language.EN));
            outbox(db).add(post("nudge:unsaid", GROUP_B));
        });

        sender(db, OPTIONS).runOnce();

        assertThat(seen).containsExactlyInAnyOrder(se.largrupp.core.leaders.Language.EN, se.largrupp.core.leaders.Language.SV);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_second_message_with_the_same_idempotency_key_is_ignored_and_the_transaction_goes_on(TestDatabase db) {
        JdbcOutbox outbox = outbox(db);
        db.transactions().inTransaction(() -> outbox.add(post("nudge:g1", GROUP_A)));
        db.transactions().inTransaction(() -> {
            outbox.add(post("nudge:g1", GROUP_A));
            outbox.add(post("nudge:g2", GROUP_B)); // on PostgreSQL a failed insert would have aborted this
        });

        sender(db, OPTIONS).runOnce();

        assertThat(platform.acceptedKeys()).containsExactlyInAnyOrder("nudge:g1", "nudge:g2");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_message_added_in_a_rolled_back_transaction_is_never_sent(TestDatabase db) {
        try {
            db.transactions().inTransaction(() -> {
                outbox(db).add(post("nudge:g1", GROUP_A));
                throw new IllegalStateException("the state change failed");
            });
        } catch (IllegalStateException expected) {
            // the outbox row went with it
        }

        assertThat(sender(db, OPTIONS).runOnce()).isZero();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_passing_failure_is_retried_after_a_growing_jittered_backoff(TestDatabase db) {
        outbox(db).add(post("nudge:g1", GROUP_A));
        platform.thenAnswer(m -> new Delivery.RetryLater(Optional.empty(), "503"),
                m -> new Delivery.RetryLater(Optional.empty(), "503"));
        OutboxSender sender = sender(db, OPTIONS);

        sender.runOnce();
        Instant first = nextAttempt(db, "nudge:g1");
        assertThat(first).isBetween(T0.plusSeconds(1), T0.plusSeconds(2));
        assertThat(sender.runOnce()).isZero();

        clock.advance(Duration.between(T0, first));
        sender.runOnce();
        Instant second = nextAttempt(db, "nudge:g1");
        assertThat(Duration.between(first, second)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));

        clock.advance(Duration.between(first, second));
        sender.runOnce();
        assertThat(platform.attempts()).containsExactly("nudge:g1", "nudge:g1", "nudge:g1");
        assertThat(status(db, "nudge:g1")).isEqualTo("delivered");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_platforms_retry_after_is_honoured(TestDatabase db) {
        outbox(db).add(post("nudge:g1", GROUP_A));
        platform.thenAnswer(m -> new Delivery.RetryLater(Optional.of(Duration.ofSeconds(30)), "429"));
        OutboxSender sender = sender(db, OPTIONS);

        sender.runOnce();
        clock.advance(Duration.ofSeconds(29));
        assertThat(sender.runOnce()).isZero();
        clock.advance(Duration.ofSeconds(5)); // Retry-After plus at most 10% jitter
        assertThat(sender.runOnce()).isEqualTo(1);

        assertThat(platform.acceptedKeys()).containsExactly("nudge:g1");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_message_that_keeps_failing_is_parked_after_the_last_attempt(TestDatabase db) {
        outbox(db).add(post("nudge:g1", GROUP_A));
        for (int i = 0; i < 10; i++) platform.thenAnswer(m -> new Delivery.RetryLater(Optional.empty(), "503"));
        OutboxSender sender = sender(db, OPTIONS);

        for (int i = 0; i < 8; i++) {
            sender.runOnce();
            clock.advance(Duration.ofHours(1));
        }

        assertThat(platform.attempts()).hasSize(OPTIONS.maxAttempts());
        assertThat(status(db, "nudge:g1")).isEqualTo("parked");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_rejected_message_is_parked_at_once_and_the_conversation_goes_on(TestDatabase db) {
        outbox(db).add(post("m1", GROUP_A));
        outbox(db).add(post("m2", GROUP_A));
        platform.thenAnswer(m -> new Delivery.Rejected("channel_not_found"));
        OutboxSender sender = sender(db, OPTIONS);

        sender.runOnce();
        sender.runOnce();

        assertThat(status(db, "m1")).isEqualTo("parked");
        assertThat(platform.acceptedKeys()).containsExactly("m2");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void messages_of_one_conversation_go_out_in_order_even_when_the_first_must_be_retried(TestDatabase db) {
        JdbcOutbox outbox = outbox(db);
        for (String key : new String[] {"a1", "b1", "a2", "a3", "b2"}) outbox.add(post(key, key.startsWith("a") ? GROUP_A : GROUP_B));
        platform.thenAnswer(m -> new Delivery.RetryLater(Optional.empty(), "timeout"));
        OutboxSender sender = sender(db, OPTIONS);

        for (int i = 0; i < 6; i++) {
            sender.runOnce();
            clock.advance(Duration.ofSeconds(5));
        }

        assertThat(platform.accepted()).filteredOn(a -> a.conversation().equals(GROUP_A.value()))
                .extracting(RecordingPlatform.Accepted::idempotencyKey).containsExactly("a1", "a2", "a3");
        assertThat(platform.accepted()).filteredOn(a -> a.conversation().equals(GROUP_B.value()))
                .extracting(RecordingPlatform.Accepted::idempotencyKey).containsExactly("b1", "b2");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void the_next_message_to_a_conversation_waits_for_its_pacing_interval(TestDatabase db) {
        outbox(db).add(post("a1", GROUP_A));
        outbox(db).add(post("a2", GROUP_A));
        OutboxSender sender = sender(db, OPTIONS.withConversationInterval(Duration.ofSeconds(1)));

        sender.runOnce();
        assertThat(sender.runOnce()).isZero();
        clock.advance(Duration.ofSeconds(1));
        sender.runOnce();

        assertThat(platform.acceptedKeys()).containsExactly("a1", "a2");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_message_with_an_update_key_edits_the_message_delivered_before_it(TestDatabase db) {
        Message turn = Message.text("Anna, the floor is yours: 15 minutes.");
        outbox(db).add(new OutgoingMessage("turn:g1:1", GROUP_A, turn, Optional.of("round:g1"), Optional.empty()));
        outbox(db).add(new OutgoingMessage("turn:g1:2", GROUP_A, turn, Optional.of("round:g1"), Optional.empty()));
        outbox(db).add(post("other", GROUP_A));
        OutboxSender sender = sender(db, OPTIONS);

        for (int i = 0; i < 3; i++) sender.runOnce();

        assertThat(platform.accepted()).extracting(RecordingPlatform.Accepted::replacing)
                .containsExactly(Optional.empty(), Optional.of("p1"), Optional.empty());
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void after_a_crash_a_new_sender_delivers_the_rest_and_nothing_twice(TestDatabase db) {
        JdbcOutbox outbox = outbox(db);
        for (int i = 1; i <= 6; i++) outbox.add(post("m" + i, i % 2 == 0 ? GROUP_A : GROUP_B));
        // The first instance delivers one per conversation, then its adapter blows up mid-delivery ...
        platform.thenAnswer(m -> null, m -> null, m -> { throw new IllegalStateException("connection reset"); });
        OutboxSender first = sender(db, OPTIONS.withWorkers(3));
        first.runOnce(); // m1, m2
        first.runOnce(); // m3 throws; m4 would follow
        // ... and a row it had claimed when it died stays leased to it until the lease ends.
        OutboxStore store = new OutboxStore(db.jdbc(), db.transactions());
        assertThat(store.claim("dead-instance", clock.instant(), clock.instant().plus(OPTIONS.lease()), 10)).isNotEmpty();
        assertThat(platform.acceptedKeys()).doesNotContain("m3");
        assertThat(status(db, "m3")).isEqualTo("pending");

        OutboxSender second = sender(db, OPTIONS);
        clock.advance(OPTIONS.lease().plusSeconds(1));
        for (int i = 0; i < 6; i++) {
            second.runOnce();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(platform.acceptedKeys()).containsExactlyInAnyOrder("m1", "m2", "m3", "m4", "m5", "m6");
        assertThat(store.count("delivered")).isEqualTo(6);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_released_claim_is_free_for_the_next_sender_at_once(TestDatabase db) {
        outbox(db).add(post("m1", GROUP_A));
        OutboxStore store = new OutboxStore(db.jdbc(), db.transactions());
        OutboxStore.Claimed claimed = store.claim("stopping", T0, T0.plus(OPTIONS.lease()), 10).get(0);

        assertThat(sender(db, OPTIONS).runOnce()).isZero();
        store.release(claimed);
        sender(db, OPTIONS).runOnce();

        assertThat(platform.acceptedKeys()).containsExactly("m1");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_restarted_single_instance_takes_back_a_dead_predecessors_claims_without_waiting_for_the_lease(TestDatabase db) {
        outbox(db).add(post("m1", GROUP_A));
        outbox(db).add(post("m2", GROUP_B));
        OutboxStore store = new OutboxStore(db.jdbc(), db.transactions());
        assertThat(store.claim("killed", T0, T0.plus(OPTIONS.lease()), 10)).hasSize(2);
        assertThat(sender(db, OPTIONS).runOnce()).isZero();

        assertThat(store.releaseAllClaims()).isEqualTo(2);
        sender(db, OPTIONS).runOnce();

        assertThat(platform.acceptedKeys()).containsExactlyInAnyOrder("m1", "m2");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void delivered_and_parked_rows_are_purged_once_their_retention_has_passed_and_waiting_ones_stay(TestDatabase db) {
        outbox(db).add(post("old", GROUP_A));
        outbox(db).add(post("refused", GROUP_B));
        platform.thenAnswer(m -> m.idempotencyKey().equals("refused") ? new Delivery.Rejected("gone") : null,
                m -> m.idempotencyKey().equals("refused") ? new Delivery.Rejected("gone") : null);
        OutboxSender sender = sender(db, OPTIONS);
        sender.runOnce();
        clock.advance(Duration.ofMinutes(5));
        outbox(db).add(post("waiting", GROUP_A));
        OutboxStore store = new OutboxStore(db.jdbc(), db.transactions());
        Duration keep = OutboxSender.Options.defaults().keepFinished();

        assertThat(store.purgeFinishedBefore(T0)).isZero();
        assertThat(store.purgeFinishedBefore(T0.plus(keep).plusSeconds(1))).isEqualTo(2);
        assertThat(store.count("parked")).isZero();
        assertThat(store.count("pending")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void an_edit_follows_a_post_at_once_while_a_second_post_waits_for_the_interval(TestDatabase db) {
        Message card = Message.text("Bo, the floor is yours: 15 minutes.");
        outbox(db).add(new OutgoingMessage("card:1", GROUP_A, card, Optional.of("round:g1"), Optional.empty()));
        outbox(db).add(post("time-up", GROUP_A));
        outbox(db).add(new OutgoingMessage("card:2", GROUP_A, card, Optional.of("round:g1"), Optional.empty()));
        outbox(db).add(post("closing", GROUP_A));
        OutboxSender sender = sender(db, OPTIONS.withConversationInterval(Duration.ofSeconds(1)));

        sender.runOnce(); // the first card is a new post
        clock.advance(Duration.ofSeconds(1));
        sender.runOnce(); // time-up
        sender.runOnce(); // the card edit, in the same second
        assertThat(sender.runOnce()).isZero(); // the closing post waits for the interval
        clock.advance(Duration.ofSeconds(1));
        sender.runOnce();

        assertThat(platform.acceptedKeys()).containsExactly("card:1", "time-up", "card:2", "closing");
    }
}
