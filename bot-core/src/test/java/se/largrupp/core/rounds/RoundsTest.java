package se.largrupp.core.rounds;

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
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.MeetingStatus;
import se.largrupp.core.meetings.Rsvp;
import se.largrupp.core.meetings.fakes.MeetingsWorld;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;

class RoundsTest {
    private final MeetingsWorld world = new MeetingsWorld();
    private LearningGroup group;
    private static final Instant T = FIRST_MEETING.plusSeconds(120);

    @BeforeEach
    void at_the_meeting() {
        group = world.bookedGroup();
        world.groundRulesAgreed(group);
        world.clock.set(T);
        world.outbox.clear();
    }

    private Reply run(LeaderId who, Command c) {
        return world.commands.execute(world.by(who), c);
    }

    private Reply start(Integer minutes, String... names) {
        return run(ANNA, new Command.Start(Optional.ofNullable(minutes), List.of(names)));
    }

    private List<String> texts() {
        return world.outbox.messages().stream().map(m -> m.message().plainText()).toList();
    }

    private Round round() {
        return world.rounds.open(group.id()).orElseThrow();
    }

    @Test
    void a_member_starts_a_round_which_is_announced_with_the_order_and_the_first_turn() {
        start(null);

        Round r = round();
        assertThat(r.order()).containsExactly(ANNA, BO, CECILIA);
        assertThat(r.turnLength()).isEqualTo(Duration.ofMinutes(15));
        List<OutgoingMessage> out = world.outbox.messages();
        assertThat(out.get(0).message().plainText()).contains("15 minutes each", "1. Anna Ek", "2. Bo Lind", "3. Cecilia Berg");
        assertThat(out.get(1).updateKey()).contains("round:" + r.id());
        assertThat(out.get(1).message().plainText())
                .contains("Anna Ek*, the floor is yours for 15 minutes. Everyone else: open, exploratory questions first, advice second.",
                        "A question to start with:");
        assertThat(buttons(out.get(1).message())).containsExactly("next", "next person", "extend 5", "hold", "stop");
        assertThat(world.meetings.find(group.id(), FIRST_MEETING).orElseThrow().status()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void each_turn_warns_two_minutes_before_its_end_hands_over_at_the_end_and_the_round_closes_after_the_last() {
        start(null);

        world.at(T.plus(Duration.ofMinutes(13)));
        assertThat(texts()).last().asString().isEqualTo("2 min left for Anna Ek.");
        world.at(T.plus(Duration.ofMinutes(15)));
        assertThat(texts()).contains("Time is up — over to *Bo Lind*");
        assertThat(world.outbox.messages()).last().extracting(m -> m.message().plainText()).asString().contains("Bo Lind*, the floor is yours");
        for (int minute : new int[] {28, 30, 43, 45}) world.at(T.plus(Duration.ofMinutes(minute)));

        assertThat(world.rounds.latest(group.id()).orElseThrow().status()).isEqualTo(RoundStatus.FINISHED);
        assertThat(texts()).contains("Time is up — that was the last turn.");
        assertThat(texts()).anyMatch(t -> t.contains("Round complete") && t.contains("Next meeting: Tuesday, January 26, 2027 at 12:00"));
        assertThat(world.outbox.messages().stream().filter(m -> m.message().plainText().contains("left for"))).hasSize(3);
        assertThat(world.wakeups.scheduled(RoundEffects.TOPIC)).isEmpty();
        // every card version shares the round's update key, so adapters edit one message in place
        assertThat(world.outbox.messages().stream().filter(m -> m.updateKey().filter(k -> k.startsWith("round:")).isPresent())
                .map(OutgoingMessage::updateKey).distinct()).hasSize(1);
    }

    @Test
    void a_repeated_wake_up_sends_nothing_twice() {
        start(null);
        world.at(T.plus(Duration.ofMinutes(15)));
        int before = world.outbox.messages().size();

        world.wakeups.schedule(RoundEffects.TOPIC, RoundEffects.subject(round()), T.plus(Duration.ofMinutes(15)));
        world.wakeups.fireDue(T.plus(Duration.ofMinutes(15)));

        assertThat(world.outbox.messages()).hasSize(before);
        assertThat(round().current()).isEqualTo(1);
    }

    @Test
    void the_people_present_are_those_who_said_they_come_and_share_the_meeting_time() {
        world.meetings.save(Meeting.planned(group.id(), FIRST_MEETING).withRsvp(BO, Rsvp.COMING).withRsvp(CECILIA, Rsvp.COMING));

        start(null);

        assertThat(round().order()).containsExactly(BO, CECILIA);
        assertThat(round().turnLength()).isEqualTo(Duration.ofMinutes(22));
    }

    @Test
    void the_facilitator_can_name_who_is_present_and_set_minutes_each() {
        start(10, "<@U3>", "bo");

        assertThat(round().order()).containsExactly(CECILIA, BO);
        assertThat(round().turnLength()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void the_order_rotates_from_meeting_to_meeting_so_the_last_opener_goes_last() {
        start(null);
        run(BO, new Command.Stop());
        world.clock.set(T.plus(Duration.ofDays(14)));

        start(null);

        assertThat(round().order()).containsExactly(BO, CECILIA, ANNA);
    }

    @Test
    void a_second_start_while_a_round_runs_is_refused() {
        start(null);
        int before = world.outbox.messages().size();

        Reply reply = run(BO, new Command.Start(Optional.empty(), List.of()));

        assertThat(text(reply)).contains("A round is already running (Anna Ek has the floor)");
        assertThat(world.outbox.messages()).hasSize(before);
    }

    @Test
    void bad_input_is_refused_clearly_and_changes_nothing() {
        assertThat(text(start(61))).contains("between 1 and 60");
        assertThat(text(start(5, "Zlatan"))).contains("I can't find Zlatan");
        LeaderId stranger = new LeaderId(WS, "U9");
        assertThat(text(run(stranger, new Command.Start(Optional.empty(), List.of())))).contains("Only the members of this group");
        Invocation elsewhere = new Invocation(ANNA, "Anna", Optional.empty(), se.largrupp.core.port.ConversationRef.of(
                se.largrupp.core.leaders.Platform.SLACK, "T1:D42"), Optional.empty());
        assertThat(text(world.commands.execute(elsewhere, new Command.Start(Optional.empty(), List.of()))))
                .contains("in a learning group's own conversation");
        assertThat(text(run(ANNA, new Command.Next()))).contains("No round is running");
        assertThat(world.outbox.messages()).isEmpty();
        assertThat(world.rounds.latest(group.id())).isEmpty();
    }

    @Test
    void only_members_steer_the_round() {
        start(null);
        Reply reply = run(new LeaderId(WS, "U9"), new Command.Next());

        assertThat(text(reply)).contains("Only the members of this group");
        assertThat(round().current()).isZero();
    }

    @Test
    void next_person_hands_over_early_and_the_new_turn_gets_its_full_time() {
        start(null);
        world.clock.set(T.plus(Duration.ofMinutes(4)));

        run(CECILIA, new Command.NextPerson());

        assertThat(round().speaker()).isEqualTo(BO);
        assertThat(round().turnEndsAt()).contains(T.plus(Duration.ofMinutes(19)));
        assertThat(texts()).contains("Over to *Bo Lind*, who has 15 minutes.");
    }

    @Test
    void extend_adds_minutes_to_the_current_turn_and_the_warning_follows_the_new_end() {
        start(null);

        run(BO, new Command.Extend(Optional.empty()));
        world.at(T.plus(Duration.ofMinutes(15)));

        assertThat(round().speaker()).isEqualTo(ANNA);
        assertThat(round().turnEndsAt()).contains(T.plus(Duration.ofMinutes(20)));
        world.at(T.plus(Duration.ofMinutes(18)));
        assertThat(texts()).last().asString().isEqualTo("2 min left for Anna Ek.");
        world.at(T.plus(Duration.ofMinutes(20)));
        assertThat(round().speaker()).isEqualTo(BO);
    }

    @Test
    void hold_freezes_the_clock_and_continue_restarts_it_with_what_was_left() {
        start(null);
        world.clock.set(T.plus(Duration.ofMinutes(5)));
        run(BO, new Command.Hold());

        assertThat(round().status()).isEqualTo(RoundStatus.HELD);
        assertThat(buttons(world.outbox.messages().get(world.outbox.messages().size() - 1).message())).containsExactly("continue", "next", "next person", "extend 5", "stop");
        world.at(T.plus(Duration.ofMinutes(30)));
        assertThat(round().speaker()).isEqualTo(ANNA);

        run(BO, new Command.Continue());
        assertThat(round().turnEndsAt()).contains(T.plus(Duration.ofMinutes(40)));
        assertThat(text(run(BO, new Command.Continue()))).contains("not on hold");
    }

    @Test
    void stop_ends_the_round_removes_its_wake_up_and_closes() {
        start(null);

        run(CECILIA, new Command.Stop());

        assertThat(world.rounds.open(group.id())).isEmpty();
        assertThat(world.wakeups.scheduled(RoundEffects.TOPIC)).isEmpty();
        assertThat(texts()).anyMatch(t -> t.contains("Round complete"));
        assertThat(text(start(null))).contains("The round has started");
    }

    @Test
    void a_turn_end_missed_by_more_than_a_turn_is_replaced_by_one_interrupted_message_and_next_goes_on() {
        start(null);
        world.clock.set(T.plus(Duration.ofMinutes(31))); // down since before minute 13
        world.wakeups.fireDue(T.plus(Duration.ofMinutes(31)));
        world.wakeups.schedule(RoundEffects.TOPIC, RoundEffects.subject(round()), world.clock.instant());
        world.wakeups.fireDue(world.clock.instant());

        assertThat(texts()).filteredOn(t -> t.contains("interrupted")).hasSize(2); // the post and the card
        assertThat(texts()).noneMatch(t -> t.contains("Time is up") || t.contains("left for"));
        assertThat(round().status()).isEqualTo(RoundStatus.INTERRUPTED);
        assertThat(buttons(world.outbox.messages().get(world.outbox.messages().size() - 1).message())).containsExactly("next", "stop");

        run(ANNA, new Command.Next());
        assertThat(round().speaker()).isEqualTo(BO);
        assertThat(round().status()).isEqualTo(RoundStatus.RUNNING);
    }

    @Test
    void a_turn_end_missed_by_less_than_a_turn_still_comes_late_once() {
        start(null);

        world.at(T.plus(Duration.ofMinutes(20)));

        assertThat(texts()).contains("Time is up — over to *Bo Lind*");
        assertThat(round().turnEndsAt()).contains(T.plus(Duration.ofMinutes(35)));
    }

    @Test
    void short_turns_warn_at_a_fifth_of_the_turn() {
        start(3);

        world.at(T.plus(Duration.ofSeconds(144)));

        assertThat(texts()).last().asString().isEqualTo("36 s left for Anna Ek.");
    }

    static String text(Reply reply) {
        return ((Reply.Show) reply).message().plainText();
    }

    static List<String> buttons(Message m) {
        return m.blocks().stream().filter(b -> b instanceof Message.Block.Actions)
                .flatMap(b -> ((Message.Block.Actions) b).buttons().stream()).map(Message.Button::command).toList();
    }
}
