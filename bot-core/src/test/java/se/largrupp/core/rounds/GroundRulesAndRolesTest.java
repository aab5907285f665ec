package se.largrupp.core.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.meetings.fakes.MeetingsWorld.*;
import static se.largrupp.core.rounds.RoundsTest.buttons;
import static se.largrupp.core.rounds.RoundsTest.text;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.fakes.MeetingsWorld;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.rounds.roles.Role;

/** The check-in's ground rules at a group's first round and for someone new, and the rotating samtalsledare. */
class GroundRulesAndRolesTest {
    private final MeetingsWorld world = new MeetingsWorld();
    private LearningGroup group;
    private static final Instant T = FIRST_MEETING.plusSeconds(120);

    @BeforeEach
    void at_the_first_meeting() {
        group = world.bookedGroup();
        world.clock.set(T);
        world.outbox.clear();
    }

    private String say(LeaderId who, String text) {
        return text(world.commands.execute(world.by(who), text));
    }

    private List<OutgoingMessage> rulesCards() {
        return world.outbox.messages().stream().filter(m -> m.updateKey().filter(k -> k.startsWith("rules:")).isPresent()).toList();
    }

    @Test
    void at_the_first_round_the_check_in_asks_everyone_present_to_agree_with_one_tap_and_shows_who_has() {
        say(ANNA, "start");

        assertThat(rulesCards()).singleElement().satisfies(m -> {
            assertThat(m.message().plainText()).contains("Our ground rules", "agree that what is shared stays within the group",
                    "Agreed: 0 of 3 (nobody yet)");
            assertThat(buttons(m.message())).containsExactly("agree");
        });
        assertThat(say(BO, "agree")).contains("It is noted that you agreed");
        assertThat(rulesCards()).last().satisfies(m -> assertThat(m.message().plainText()).contains("Agreed: 1 of 3 (Bo Lind)"));
        say(ANNA, "jag lovar");
        say(CECILIA, "agree");
        assertThat(rulesCards()).last().satisfies(m -> {
            assertThat(m.message().plainText()).contains("Everyone present has agreed", "Agreed: 3 of 3 (Anna Ek, Bo Lind, Cecilia Berg)");
            assertThat(buttons(m.message())).isEmpty();
        });
        assertThat(rulesCards().stream().map(m -> m.updateKey().orElseThrow()).distinct()).hasSize(1);
        // only the fact is kept, and the clock was never held for it
        assertThat(world.method.groundRules().agreed(group.id())).containsExactlyInAnyOrder(ANNA, BO, CECILIA);
        assertThat(world.rounds.open(group.id()).orElseThrow().status()).isEqualTo(RoundStatus.RUNNING);

        world.clock.set(T.plus(Duration.ofDays(14)));
        say(ANNA, "stop");
        world.outbox.clear();
        say(BO, "start");
        assertThat(rulesCards()).as("everyone agreed: the next round does not ask").isEmpty();
    }

    @Test
    void someone_new_is_asked_while_the_others_show_as_agreed() {
        world.groundRulesAgreed(group);
        LeaderId dag = new LeaderId(WS, "U4");
        world.leaders.save(se.largrupp.core.leaders.Leader.joining(dag, "Dag Ny", world.clock.instant()));
        group = group.withMembers(List.of(ANNA, BO, CECILIA, dag));
        world.groups.save(group);

        say(ANNA, "start");

        assertThat(rulesCards()).singleElement().satisfies(m -> assertThat(m.message().plainText()).contains("Agreed: 3 of 4"));
    }

    @Test
    void the_samtalsledare_rotates_is_shown_on_the_cards_and_is_not_the_first_case_giver() {
        world.groundRulesAgreed(group);
        say(ANNA, "start");
        Round first = world.rounds.open(group.id()).orElseThrow();
        assertThat(first.order()).containsExactly(ANNA, BO, CECILIA);
        assertThat(first.facilitator()).contains(BO);
        String announcement = world.outbox.messages().get(0).message().plainText();
        assertThat(announcement).contains("Today's facilitator: *Bo Lind*, who keeps the time and the ground rules");
        assertThat(world.outbox.messages()).last().satisfies(m -> assertThat(m.message().plainText()).contains("Facilitator: *Bo Lind*"));

        for (int meeting = 1; meeting < 3; meeting++) {
            world.clock.set(T.plus(Duration.ofDays(14L * meeting)));
            say(ANNA, "stop");
            say(ANNA, "start");
        }
        assertThat(world.method.roles().of(group.id(), Role.FACILITATOR)).allSatisfy((who, entry) -> assertThat(entry.times()).isEqualTo(1));
        assertThat(world.method.roles().of(group.id(), Role.OPENER)).allSatisfy((who, entry) -> assertThat(entry.times()).isEqualTo(1));
    }

    @Test
    void forget_me_removes_a_persons_roles_and_agreement() {
        say(ANNA, "start");
        say(BO, "agree");

        world.roundsFeature.personalData().erase(BO, "Bo Lind", java.util.Set.of(CHANNEL));

        assertThat(world.method.groundRules().agreed(group.id())).doesNotContain(BO);
        assertThat(world.method.roles().of(group.id(), Role.FACILITATOR)).doesNotContainKey(BO);
        assertThat(world.rounds.open(group.id()).orElseThrow().facilitator()).isEmpty();
    }
}
