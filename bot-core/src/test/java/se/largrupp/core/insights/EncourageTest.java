package se.largrupp.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.testing.Replies.message;
import static se.largrupp.core.testing.Replies.text;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** A sponsor's encouragement: previewed, sent once to everyone taking part through the paced outbox, then forgotten. */
class EncourageTest {
    private static final String WORDS = "Tack för att ni ger varandra tid – det här är viktigt för oss alla.";
    private final MutableClock clock = MutableClock.standard();
    private final LeaderId karin = TestCore.leaderId("U0KARIN");

    private InsightsCore world(TestDatabase db) {
        InsightsCore w = new InsightsCore(db, clock);
        w.repos.transactions().inTransaction(() -> {
            for (int i = 1; i <= 5; i++) w.repos.leaders().save(Leader.joining(TestCore.leaderId("U0L" + i), "Ledare " + i, clock.instant()));
            w.repos.leaders().save(Leader.joining(TestCore.leaderId("U0P"), "Pausad", clock.instant())
                    .withStatus(new LeaderStatus.Paused(java.util.Optional.empty())));
        });
        return w;
    }

    private static List<String> payloads(TestDatabase db) {
        return db.jdbc().query("SELECT payload FROM outbox WHERE idempotency_key LIKE 'erase-after-delivery:encourage:%'", rs -> rs.getString(1));
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_previewed_message_goes_privately_to_each_leader_taking_part_and_its_text_is_gone_once_delivered(TestDatabase db) {
        InsightsCore w = world(db);
        Message preview = message(w.core.commands().execute(w.by(karin, "Karin Ek"), "uppmuntra " + WORDS));
        assertThat(preview.plainText()).contains(WORDS, "5 ledare", "Karin Ek");
        assertThat(preview.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Message.Block.Actions.class,
                a -> assertThat(a.buttons()).extracting(Message.Button::command).containsExactly("encourage send", "encourage cancel")));
        assertThat(payloads(db)).isEmpty();

        assertThat(text(w.core.commands().execute(w.by(karin, "Karin Ek"), "encourage send"))).contains("5 ledare");

        assertThat(payloads(db)).hasSize(5).allSatisfy(p -> assertThat(p).contains(WORDS, "Karin Ek"));
        assertThat(db.jdbc().query("SELECT draft FROM encouragements", rs -> rs.getString(1))).containsOnlyNulls();
        w.platform.busy = 1; // the platform asks for a pause: the outbox waits, then delivers
        w.deliverAll();
        assertThat(w.platform.delivered).hasSize(4);
        assertThat(payloads(db)).filteredOn(p -> p.contains(WORDS)).hasSize(1);
        clock.advance(Duration.ofMinutes(5));
        w.deliverAll();

        assertThat(w.platform.delivered).hasSize(5).allSatisfy(m -> {
            assertThat(m.onlyFor()).isPresent();
            assertThat(m.conversation()).isEqualTo(se.largrupp.core.port.ConversationRef.direct(m.onlyFor().get()));
            assertThat(m.message().plainText()).contains(WORDS);
        });
        assertThat(w.platform.delivered).extracting(OutgoingMessage::onlyFor).extracting(o -> o.get().user())
                .containsExactlyInAnyOrder("U0L1", "U0L2", "U0L3", "U0L4", "U0L5");
        assertThat(payloads(db)).hasSize(5).noneSatisfy(p -> assertThat(p).contains("Tack"));
        assertThat(w.insights.figures().of(TestCore.WORKSPACE, false).encouragements())
                .singleElement().satisfies(e -> assertThat(e.recipients()).isEqualTo(5));
        assertThat(w.insights.figures().of(TestCore.WORKSPACE, false).toString()).doesNotContain("Tack");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_sponsor_sends_at_most_one_message_in_fourteen_days_and_a_cancelled_one_is_not_sent(TestDatabase db) {
        InsightsCore w = world(db);
        w.core.commands().execute(w.by(karin, "Karin Ek"), "uppmuntra Första");
        w.core.commands().execute(w.by(karin, "Karin Ek"), "uppmuntra skicka");
        clock.advance(Duration.ofDays(13));

        assertThat(text(w.core.commands().execute(w.by(karin, "Karin Ek"), "uppmuntra Andra"))).contains("Nästa kan du skicka");
        assertThat(text(w.core.commands().execute(w.by(karin, "Karin Ek"), "uppmuntra skicka"))).contains("Nästa kan du skicka");
        assertThat(payloads(db)).hasSize(5);

        clock.advance(Duration.ofDays(1));
        w.core.commands().execute(w.by(karin, "Karin Ek"), "encourage Tredje");
        assertThat(text(w.core.commands().execute(w.by(karin, "Karin Ek"), "encourage cancel"))).contains("skickas inte");
        assertThat(text(w.core.commands().execute(w.by(karin, "Karin Ek"), "encourage send"))).contains("inget meddelande att skicka");
        assertThat(payloads(db)).hasSize(5);
        assertThat(db.jdbc().query("SELECT draft FROM encouragements", rs -> rs.getString(1))).containsOnlyNulls();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_leader_who_is_neither_sponsor_nor_admin_cannot_encourage_and_a_long_message_is_refused(TestDatabase db) {
        InsightsCore w = world(db);
        assertThat(text(w.core.commands().execute(w.by(TestCore.leaderId("U0L1"), "Ledare 1"), "uppmuntra Hej")))
                .contains("administratörer och sponsorer");
        assertThat(text(w.core.commands().execute(w.by(karin, "Karin Ek"), "uppmuntra " + "a".repeat(501)))).contains("högst 500 tecken");
        assertThat(db.jdbc().query("SELECT draft FROM encouragements", rs -> rs.getString(1))).isEmpty();
    }
}
