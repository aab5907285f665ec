package se.largrupp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.testing.Replies.text;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.Rsvp;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.ManualWakeups;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** The assembled core on the real repositories and transactions: H2 always, PostgreSQL when configured. */
class CoreOnDatabaseTest {
    private final MutableClock clock = MutableClock.standard();
    private final LeaderId anna = TestCore.leaderId("U0ANNA");

    private Largrupp core(TestDatabase db, JdbcRepositories r, java.util.function.Consumer<Largrupp.Builder> extra) {
        Largrupp.Builder b = Largrupp.builder().leaders(r.leaders()).groups(r.groups()).meetings(r.meetings()).admins(r.admins())
                .processedDeliveries(r.deliveries()).transactions(r.transactions())
                .outbox(new JdbcOutbox(db.jdbc(), clock, db.isPostgres())).wakeups(new ManualWakeups())
                .groupConversations(new TestCore.RecordingConversations()).clock(clock);
        extra.accept(b);
        return b.build();
    }

    private static Invocation once(LeaderId who, String delivery) {
        return new Invocation(who, who.user(), Optional.of(Language.EN), ConversationRef.of(who.workspace().platform(), "T1:D1"),
                Optional.of(delivery));
    }

    private static int outboxRows(TestDatabase db) {
        return db.jdbc().queryOne("SELECT COUNT(*) FROM outbox", rs -> rs.getInt(1)).orElse(0);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void join_schedule_and_answer_are_stored_and_a_retried_delivery_applies_once(TestDatabase db) {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        Largrupp core = core(db, r, b -> {});
        for (String u : new String[] {"U0ANNA", "U0BO", "U0CY"}) core.commands().execute(once(TestCore.leaderId(u), "join-" + u), "join HR");
        LearningGroup g = LearningGroup.formed(TestCore.WORKSPACE, "g1", 1,
                java.util.List.of(anna, TestCore.leaderId("U0BO"), TestCore.leaderId("U0CY")), clock.instant())
                .withConversation(ConversationRef.of(TestCore.WORKSPACE.platform(), "T1:C1"));
        r.transactions().inTransaction(() -> r.groups().save(g));

        text(core.commands().execute(once(anna, "s1"), "schema tisdag 12:00"));
        assertThat(outboxRows(db)).isEqualTo(1);
        assertThat(core.commands().execute(once(anna, "s1"), "schema onsdag 12:00")).isInstanceOf(Reply.Nothing.class);
        assertThat(r.groups().find(g.id()).orElseThrow().booking().orElseThrow().weekday()).isEqualTo(java.time.DayOfWeek.TUESDAY);
        assertThat(outboxRows(db)).isEqualTo(1);

        text(core.commands().execute(once(anna, "r1"), "rsvp yes"));
        assertThat(r.meetings().ofGroup(g.id())).singleElement().satisfies(m -> assertThat(m.rsvps()).containsEntry(anna, Rsvp.COMING));
        assertThat(r.leaders().find(anna).map(Leader::department)).contains(Optional.of("HR"));
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_fault_rolls_back_the_change_and_the_delivery_id_so_a_retry_is_applied(TestDatabase db) {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        boolean[] fail = {true};
        Largrupp core = core(db, r, b -> b.handler(Command.Pause.class, (c, cmd) -> {
            r.leaders().save(c.leader().orElseThrow().withStatus(new se.largrupp.core.leaders.LeaderStatus.Paused(Optional.empty())));
            if (fail[0]) throw new IllegalStateException("the database went away");
            return c.toCaller("leaders.pause.open");
        }));
        core.commands().execute(once(anna, "j"), "join");
        core.commands().execute(once(anna, "j2"), "join HR");
        assertThat(text(core.commands().execute(once(anna, "p1"), "pause"))).contains("went wrong");
        assertThat(r.leaders().find(anna).orElseThrow().status()).isEqualTo(se.largrupp.core.leaders.LeaderStatus.active());
        fail[0] = false;
        assertThat(text(core.commands().execute(once(anna, "p1"), "pause"))).contains("taking a break");
        assertThat(r.leaders().find(anna).orElseThrow().status()).isInstanceOf(se.largrupp.core.leaders.LeaderStatus.Paused.class);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void forget_me_removes_the_leader_from_the_database(TestDatabase db) {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        Largrupp core = core(db, r, b -> {});
        core.commands().execute(once(anna, "j"), "join HR");
        assertThat(r.leaders().find(anna)).isPresent();
        text(core.commands().execute(once(anna, "f"), "forget me confirm"));
        assertThat(r.leaders().find(anna)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_routed_reply_commits_with_the_command_and_a_fault_leaves_only_its_apology(TestDatabase db) {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        boolean[] fail = {true};
        Largrupp core = core(db, r, b -> b.handler(Command.Pause.class, (c, cmd) -> {
            r.leaders().save(c.leader().orElseThrow().withStatus(new se.largrupp.core.leaders.LeaderStatus.Paused(Optional.empty())));
            if (fail[0]) throw new IllegalStateException("the database went away");
            return c.toCaller("leaders.pause.open");
        }));
        ConversationRef route = ConversationRef.of(anna.workspace().platform(), "T1:reply-route");
        core.commands().execute(once(anna, "j").withReplyTo(route), "join HR");
        assertThat(keys(db)).containsExactly("reply:j");

        core.commands().execute(once(anna, "p1").withReplyTo(route), "pause");
        assertThat(keys(db)).containsExactly("reply:j", "reply:p1:fault");
        fail[0] = false;
        core.commands().execute(once(anna, "p1").withReplyTo(route), "pause");
        core.commands().execute(once(anna, "p1").withReplyTo(route), "pause"); // a redelivery: nothing more
        assertThat(keys(db)).containsExactly("reply:j", "reply:p1:fault", "reply:p1");
        assertThat(db.jdbc().queryOne("SELECT only_for FROM outbox WHERE idempotency_key = ?", rs -> rs.getString(1), "reply:p1"))
                .contains(anna.key());
    }

    private static java.util.List<String> keys(TestDatabase db) {
        return db.jdbc().query("SELECT idempotency_key FROM outbox ORDER BY id", rs -> rs.getString(1));
    }
}
