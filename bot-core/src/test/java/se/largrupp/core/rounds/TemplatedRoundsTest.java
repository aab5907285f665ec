package se.largrupp.core.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.meetings.fakes.MeetingsWorld.*;
import static se.largrupp.core.rounds.RoundsTest.buttons;
import static se.largrupp.core.rounds.RoundsTest.text;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.fakes.MeetingsWorld;
import se.largrupp.core.port.OutgoingMessage;

/** A round per template on a fixed clock: the phases in order, their lengths and rule lines, and the commands for them. */
class TemplatedRoundsTest {
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

    private Reply say(String text) {
        return world.commands.execute(world.by(ANNA), text);
    }

    private Round round() {
        return world.rounds.open(group.id()).orElseThrow();
    }

    private List<String> posts() {
        return world.outbox.messages().stream().filter(m -> m.updateKey().isEmpty()).map(m -> m.message().plainText()).toList();
    }

    private String card() {
        List<OutgoingMessage> cards = world.outbox.messages().stream().filter(m -> m.updateKey().isPresent()).toList();
        return cards.get(cards.size() - 1).message().plainText();
    }

    /** Moves through one turn minute by minute and records each phase change post. */
    private List<String> phasePostsUntil(Duration end) {
        int before = posts().size();
        for (long s = 0; s <= end.toSeconds(); s += 30) world.at(T.plusSeconds(s));
        return new ArrayList<>(posts().subList(before, posts().size())).stream().filter(p -> p.startsWith("Now:")).toList();
    }

    @Test
    void the_default_lärgrupp_round_runs_four_phases_per_turn_with_their_rules_and_times() {
        say("start");

        Round r = round();
        assertThat(r.plan().template()).contains("largrupp");
        assertThat(r.plan().phases()).containsExactly(Duration.ofMinutes(3), Duration.ofMinutes(6), Duration.ofSeconds(270), Duration.ofSeconds(90));
        assertThat(posts().get(0)).contains("Template: *Lärgrupp*. Each turn: Situation 3 min · Questions 6 min · Reflections and advice 4 min 30 s"
                + " · What do you take with you? 90 s", "Check-in:", "What has happened since last time?");
        assertThat(card()).contains("Phase 1 of 4: *Situation* — The person with the floor describes their situation.",
                "The phase ends at 12:05", "Turn 1 of 3 · ends at 12:17");

        world.at(T.plus(Duration.ofMinutes(3)));
        assertThat(posts()).last().asString().isEqualTo("Now: *Questions* (6 min) for Anna Ek\nOnly open, exploratory questions – no advice yet.");
        assertThat(card()).contains("Phase 2 of 4: *Questions*", "The phase ends at 12:11", "ends at 12:17");
        assertThat(round().phase()).isEqualTo(1);

        List<String> rest = phasePostsUntil(Duration.ofMinutes(15));
        assertThat(rest).extracting(p -> p.substring(0, p.indexOf('\n')))
                .containsExactly("Now: *Reflections and advice* (4 min 30 s) for Anna Ek", "Now: *What do you take with you?* (90 s) for Anna Ek");
        assertThat(round().speaker()).isEqualTo(BO);
        assertThat(round().phase()).isZero();
        assertThat(card()).contains("Bo Lind*, the floor is yours", "Phase 1 of 4: *Situation*");
    }

    @Test
    void next_moves_to_the_next_phase_and_next_person_skips_the_rest_of_the_turn() {
        say("start");
        world.clock.set(T.plus(Duration.ofMinutes(1)));

        assertThat(text(run(BO, new Command.Next()))).contains("The next phase has begun");
        assertThat(round().phase()).isEqualTo(1);
        // the phases after it keep their lengths: the turn now ends 1 + 6 + 4.5 + 1.5 minutes from the start
        assertThat(round().turnEndsAt()).contains(T.plus(Duration.ofMinutes(13)));
        assertThat(posts()).last().asString().startsWith("Now: *Questions* (6 min) for Anna Ek");

        say("nästa person");
        assertThat(round().speaker()).isEqualTo(BO);
        assertThat(round().phase()).isZero();
        assertThat(round().turnEndsAt()).contains(T.plus(Duration.ofMinutes(16)));
    }

    @Test
    void next_in_the_last_phase_hands_over_and_extend_and_hold_act_on_the_phase() {
        say("start");
        world.clock.set(T.plus(Duration.ofMinutes(1)));
        run(BO, new Command.Extend(Optional.of(2)));
        assertThat(round().phaseEndsAt()).contains(T.plus(Duration.ofMinutes(5)));
        assertThat(round().turnEndsAt()).contains(T.plus(Duration.ofMinutes(17)));

        run(BO, new Command.Hold());
        assertThat(round().phaseRemaining()).contains(Duration.ofMinutes(4));
        assertThat(card()).contains("4 min left of the phase");
        run(BO, new Command.Continue());

        for (int i = 0; i < 3; i++) run(BO, new Command.Next());
        assertThat(round().phase()).isEqualTo(3);
        assertThat(buttons(world.outbox.messages().get(world.outbox.messages().size() - 1).message()))
                .containsExactly("next", "extend 5", "hold", "stop");
        run(BO, new Command.Next());
        assertThat(round().speaker()).isEqualTo(BO);
    }

    @Test
    void start_troika_runs_one_round_with_troika_and_its_turned_back_phase() {
        say("starta troika");

        Round r = round();
        assertThat(r.plan().template()).contains("troika");
        assertThat(r.turnLength()).isEqualTo(Duration.ofMinutes(15));
        assertThat(r.plan().phases()).containsExactly(Duration.ofSeconds(225), Duration.ofSeconds(225), Duration.ofSeconds(315),
                Duration.ofSeconds(135));
        List<String> phases = phasePostsUntil(Duration.ofMinutes(15));
        assertThat(phases).extracting(p -> p.substring(0, p.indexOf('\n'))).containsExactly(
                "Now: *Clarifying questions* (3 min 45 s) for Anna Ek", "Now: *Back turned* (5 min 15 s) for Anna Ek",
                "Now: *Most valuable* (2 min 15 s) for Anna Ek");
        assertThat(phases.get(1)).contains("camera and microphone off");
        // the group's own template stays the default
        world.clock.set(T.plus(Duration.ofDays(14)));
        say("stop");
        say("start");
        assertThat(round().plan().template()).contains("largrupp");
    }

    @Test
    void the_reflecting_team_runs_five_phases() {
        say("start reflecting");

        assertThat(round().plan().phases()).hasSize(5);
        List<String> phases = phasePostsUntil(Duration.ofMinutes(15));
        assertThat(phases).extracting(p -> p.substring(6, p.indexOf('*', 7))).containsExactly(
                "Clarifying questions", "Affirming round", "Reflecting round", "Summing up");
        assertThat(phases.get(2)).contains("listens and takes notes");
    }

    @Test
    void template_shows_the_groups_template_and_the_others_and_mall_troika_sets_it() {
        String shown = text(say("template"));
        assertThat(shown).contains("Your template: Lärgrupp", "*Troika*: Exactly three people", "(for 3 people)",
                "*Reflecting team*:", "(for 3–6 people)", "`template troika`", "`start troika`");

        assertThat(text(say("mall troika"))).contains("Your template is now Troika");
        assertThat(text(say("template"))).contains("Your template: Troika");
        say("start");
        assertThat(round().plan().template()).contains("troika");
    }

    @Test
    void troika_is_offered_only_to_three_and_unknown_templates_are_refused_clearly() {
        int before = world.outbox.messages().size();
        assertThat(text(say("start troika anna bo"))).contains("Troika is for 3 people (you are 2)");
        assertThat(text(say("template fishbowl"))).contains("I can't find a template called fishbowl");
        assertThat(world.outbox.messages()).hasSize(before);
        assertThat(world.rounds.latest(group.id())).isEmpty();
    }

    @Test
    void a_round_that_ran_without_a_booked_occurrence_counts_as_an_extra_meeting_held() {
        LearningGroup unbooked = group.withBooking(Optional.empty());
        world.groups.save(unbooked);

        say("start");

        assertThat(world.meetings.ofGroup(group.id())).singleElement().satisfies(m -> {
            assertThat(m.startsAt()).isEqualTo(T);
            assertThat(m.status()).isEqualTo(se.largrupp.core.meetings.MeetingStatus.HELD);
        });
    }
}
