package se.largrupp.core.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.meetings.fakes.MeetingsWorld.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.fakes.MeetingsWorld;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;

/** The anonymous pulse after the closing: privately to each one present, one answer per question, for 24 hours. */
class PulseTest {
    private final MeetingsWorld world = new MeetingsWorld();
    private static final Instant T = FIRST_MEETING.plusSeconds(120);

    @BeforeEach
    void a_meeting_closes() {
        var group = world.bookedGroup();
        world.groundRulesAgreed(group);
        world.clock.set(T);
        world.commands.execute(world.by(ANNA), "start 5 anna bo");
        world.clock.set(T.plus(Duration.ofMinutes(8)));
        world.commands.execute(world.by(BO), "stop");
    }

    private List<OutgoingMessage> pulseCards(LeaderId who) {
        return world.outbox.messages().stream().filter(m -> m.idempotencyKey().startsWith("pulse:") && m.onlyFor().equals(Optional.of(who))).toList();
    }

    private String pulseId() {
        return world.method.pulse().closedBefore(Instant.parse("9999-01-01T00:00:00Z")).get(0);
    }

    private String answer(LeaderId who, int question, int value) {
        Invocation dm = new Invocation(who, who.user(), Optional.of(Language.EN), ConversationRef.direct(who), Optional.empty());
        Reply r = world.commands.execute(dm, new Command.Pulse(pulseId(), question, value));
        return ((Reply.Show) r).message().plainText();
    }

    static List<String> buttons(Message m) {
        return m.blocks().stream().filter(b -> b instanceof Message.Block.Actions)
                .flatMap(b -> ((Message.Block.Actions) b).buttons().stream()).map(Message.Button::command).toList();
    }

    @Test
    void after_the_closing_each_one_present_gets_three_one_tap_questions_privately() {
        assertThat(pulseCards(ANNA)).singleElement().satisfies(m -> {
            assertThat(m.conversation()).isEqualTo(ConversationRef.direct(ANNA));
            assertThat(m.message().plainText()).contains("How was the meeting?", "Did you take something valuable with you?",
                    "Did the conversation feel safe?", "Did we keep to the time?", "never per group or person");
            assertThat(buttons(m.message())).hasSize(15).first().asString().matches("pulse [0-9a-f-]{36} 1 1");
        });
        assertThat(pulseCards(BO)).hasSize(1);
        assertThat(pulseCards(CECILIA)).as("not present").isEmpty();
        assertThat(world.wakeups.scheduled(PulseFeature.TOPIC)).singleElement()
                .satisfies(s -> assertThat(s.at()).isEqualTo(T.plus(Duration.ofMinutes(8)).plus(PulseFeature.WINDOW)));
    }

    @Test
    void each_question_is_answered_once_counted_at_once_and_the_card_shrinks_to_thanks() {
        assertThat(answer(ANNA, 1, 4)).contains("your answer is counted");
        assertThat(answer(ANNA, 1, 5)).contains("already answered that question");
        assertThat(pulseCards(ANNA)).last().satisfies(m -> {
            assertThat(m.updateKey()).isEqualTo(pulseCards(ANNA).get(0).updateKey());
            assertThat(m.message().plainText()).doesNotContain("valuable").contains("feel safe");
            assertThat(buttons(m.message())).hasSize(10);
        });
        answer(ANNA, 2, 5);
        assertThat(answer(ANNA, 3, 3)).contains("answered all three");
        assertThat(pulseCards(ANNA)).last().satisfies(m -> assertThat(m.message().plainText()).contains("Thank you for your answers"));
        answer(BO, 1, 2);

        PulseStore.MonthFigures f = world.method.pulse().figures(WS.key(), "2027-01");
        assertThat(f.meetings()).isEqualTo(1);
        assertThat(f.counts()).containsEntry(1, java.util.Map.of(4, 1, 2, 1)).containsEntry(2, java.util.Map.of(5, 1));
    }

    @Test
    void someone_who_was_not_there_cannot_answer_and_after_24_hours_the_window_and_its_flags_are_gone() {
        assertThat(answer(CECILIA, 1, 5)).contains("went to those who were at the meeting");
        answer(ANNA, 1, 4);
        String pulse = pulseId();

        world.at(T.plus(Duration.ofMinutes(8)).plus(PulseFeature.WINDOW));

        assertThat(world.method.pulse().window(pulse)).isEmpty();
        assertThat(world.method.pulse().answered(pulse, ANNA)).isEmpty();
        assertThat(world.method.pulse().figures(WS.key(), "2027-01").meetings()).as("the counts stay").isEqualTo(1);
        Invocation dm = new Invocation(BO, "U2", Optional.of(Language.EN), ConversationRef.direct(BO), Optional.empty());
        assertThat(((Reply.Show) world.commands.execute(dm, new Command.Pulse(pulse, 1, 3))).message().plainText())
                .contains("The pulse for that meeting is closed");
    }

    @Test
    void stats_show_the_pulse_only_when_at_least_five_meetings_answered_in_the_month() {
        PulseStore store = new InMemoryPulseStore();
        PulseStats stats = new PulseStats((c, cmd) -> Reply.toCaller(Message.text("figures")), store, new PulseMessages(world.texts));
        Instant jan = Instant.parse("2027-01-20T12:00:00Z");
        for (int meeting = 1; meeting <= 4; meeting++) {
            PulseStore.Window w = new PulseStore.Window("p" + meeting, WS.key(), "2027-01", jan.plusSeconds(86400), false);
            store.open(w);
            store.count(w, 1, 4);
            store.count(store.window("p" + meeting).orElseThrow(), 2, meeting == 1 ? 3 : 5);
        }
        assertThat(text(stats.pulse(Language.EN, WS.key(), jan))).contains("January 2027: too few answers to show (answers from fewer than 5 meetings)")
                .doesNotContain("on average");
        assertThat(text(stats.pulse(Language.SV, WS.key(), jan))).contains("januari 2027: för få svar för att visa");

        PulseStore.Window fifth = new PulseStore.Window("p5", WS.key(), "2027-01", jan.plusSeconds(86400), false);
        store.open(fifth);
        store.count(fifth, 1, 2);

        assertThat(text(stats.pulse(Language.EN, WS.key(), jan))).contains(
                "January 2027: Did you take something valuable with you? on average 3.6 of 5 (5 answers)",
                "January 2027: Did the conversation feel safe? on average 4.5 of 5 (4 answers)",
                "December 2026: too few answers", "at least 5 meetings, so that no group can be singled out");
        assertThat(text(stats.pulse(Language.SV, WS.key(), jan))).contains("i snitt 3,6 av 5 (5 svar)");
    }

    private static String text(List<Message.Block> blocks) {
        return new Message(blocks).plainText();
    }
}
