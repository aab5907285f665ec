package se.largrupp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.GroupPeople;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.meetings.fakes.FakeCalendarVersions;
import se.largrupp.core.meetings.fakes.FakeRounds;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.TestCore;

/**
 * One rule for the language of a message to a group, used by every such message: English only when more than half
 * of the members chose English; a member who has not chosen counts as Swedish. The group "one chose English, two
 * never chose" is where the two old rules disagreed (one gave its welcome in Swedish, the other its nudges in English).
 */
class GroupLanguageTest {
    private final FakeRounds rounds = new FakeRounds();
    private final TestCore t = TestCore.create().build(b -> b.meetingsAndRounds(
            new MeetingsAndRounds.Options(rounds, new FakeCalendarVersions(), MeetingSettings.defaults())));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"en, en", "sv, sv", "en -, sv", "en en -, en", "en - -, sv", "en en, en", "en sv, sv", "en en sv sv, sv",
            "en en en sv, en", "- - -, sv", "en en - -, sv", "en en en -, en"})
    void a_group_is_written_to_in_english_only_when_more_than_half_chose_english(String choices, String expected) {
        List<Leader> members = members(choices);
        Language rule = Language.forGroup(members);

        assertThat(rule.code()).isEqualTo(expected);
        // The two places that used to decide, each on its own rule, now both ask the one rule.
        LearningGroup g = t.groupOf("g-" + choices.replace(' ', '_'), members.stream().map(l -> l.id().user()).toArray(String[]::new));
        assertThat(Formats.groupLanguage(t.leaders, g)).isEqualTo(rule);
        assertThat(GroupPeople.load(g, t.leaders).language()).isEqualTo(rule);
    }

    @Test
    void a_group_whose_members_all_were_forgotten_is_written_to_in_swedish() {
        assertThat(Language.forGroup(List.of())).isEqualTo(Language.SV);
    }

    @Test
    void a_notice_to_one_person_is_in_their_own_choice_else_swedish() {
        Leader chose = Leader.joining(TestCore.leaderId("UX"), "X", t.clock.instant()).withLanguage(Optional.of(Language.EN));
        assertThat(Language.forPerson(Optional.of(chose))).isEqualTo(Language.EN);
        assertThat(Language.forPerson(Optional.of(chose.withLanguage(Optional.empty())))).isEqualTo(Language.SV);
        assertThat(Language.forPerson(Optional.empty())).isEqualTo(Language.SV);
    }

    @Test
    void every_message_to_a_group_where_one_chose_english_and_two_never_chose_is_in_swedish() {
        List<OutgoingMessage> toGroup = runAMeetingCycle("en - -");

        assertThat(toGroup).extracting(m -> m.language().orElseThrow()).containsOnly(Language.SV);
        assertThat(String.join("\n", toGroup.stream().map(m -> m.message().plainText()).toList()))
                .contains("har bestämt gruppens stående tid", "Lärgrupp i morgon", "kan komma", "Rundan börjar", "hoppar över mötet",
                        "har lämnat lärgruppsprogrammet")
                .doesNotContain("standing slot", "tomorrow", "The round", "has left");
    }

    @Test
    void every_message_to_a_group_where_most_chose_english_is_in_english() {
        List<OutgoingMessage> toGroup = runAMeetingCycle("en en -");

        assertThat(toGroup).extracting(m -> m.language().orElseThrow()).containsOnly(Language.EN);
        assertThat(String.join("\n", toGroup.stream().map(m -> m.message().plainText()).toList()))
                .contains("set the group's standing slot", "Learning group tomorrow", "can come", "The round starts", "skipping the meeting",
                        "has left the learning-group programme")
                .doesNotContain("stående tid", "i morgon", "Rundan", "lämnat");
    }

    @Test
    void the_caller_who_set_the_slot_from_their_own_chat_reads_it_in_their_language_and_the_group_in_the_groups() {
        List<Leader> members = members("en - -");
        LearningGroup g = t.groupOf("2027v1-09", members.stream().map(l -> l.id().user()).toArray(String[]::new));

        String reply = se.largrupp.core.testing.Replies.text(t.commands().execute(t.invocation(members.get(0).id()), "schedule tuesday 12:00"));

        assertThat(reply).contains("set the group's standing slot");
        assertThat(t.outbox.to(g.conversation().orElseThrow())).singleElement()
                .satisfies(m -> assertThat(m.message().plainText()).contains("har bestämt gruppens stående tid"));
    }

    @Test
    void rules_and_questions_shown_to_the_whole_group_are_in_the_groups_language_and_privately_in_the_callers() {
        List<Leader> members = members("en - -");
        LearningGroup g = t.groupOf("2027v1-08", members.stream().map(l -> l.id().user()).toArray(String[]::new));
        LeaderId english = members.get(0).id();

        String inGroup = se.largrupp.core.testing.Replies.text(t.commands().execute(t.invocation(english, g.conversation().orElseThrow()), "rules"));
        String questions = se.largrupp.core.testing.Replies.text(t.commands().execute(t.invocation(english, g.conversation().orElseThrow()), "questions"));
        String privately = se.largrupp.core.testing.Replies.text(t.commands().execute(t.invocation(english), "rules"));

        assertThat(inGroup).contains(t.texts.get(Language.SV, "prompts.rules.title"));
        assertThat(questions).contains(t.texts.get(Language.SV, "prompts.questions.title"));
        assertThat(privately).contains(t.texts.get(Language.EN, "prompts.rules.title"));
    }

    /** Booking, the day-before nudge, a quorum notice, a round, a skipped meeting and a member leaving, all in the group. */
    private List<OutgoingMessage> runAMeetingCycle(String choices) {
        List<Leader> members = members(choices);
        LearningGroup g = t.groupOf("2027v1-01", members.stream().map(l -> l.id().user()).toArray(String[]::new));
        ConversationRef here = g.conversation().orElseThrow();
        LeaderId first = members.get(0).id(), second = members.get(1).id(), third = members.get(2).id();

        t.commands().execute(t.invocation(first), "schedule tuesday 12:00"); // from their own chat: the group is told
        LearningGroup booked = t.groups.find(g.id()).orElseThrow();
        java.time.Instant meeting = booked.booking().orElseThrow().nextAfter(t.clock.instant()).orElseThrow().toInstant();
        t.clock.set(meeting.minus(Duration.ofHours(24)));
        t.wakeups.fireDue(t.clock.instant());
        t.commands().execute(t.invocation(first, here), "rsvp no");
        t.commands().execute(t.invocation(second, here), "rsvp no");
        t.commands().execute(t.invocation(second, here), "skip");
        t.commands().execute(t.invocation(third, here), "start 10");
        t.commands().execute(t.invocation(third, here), "stop");
        t.commands().execute(t.invocation(third, here), "leave");

        List<OutgoingMessage> all = new ArrayList<>(t.outbox.to(here));
        assertThat(all).extracting(OutgoingMessage::idempotencyKey)
                .anyMatch(k -> k.startsWith("booking:")).anyMatch(k -> k.startsWith("nudge:")).anyMatch(k -> k.startsWith("quorum:")).anyMatch(k -> k.startsWith("round:"))
                .anyMatch(k -> k.startsWith("skip:")).anyMatch(k -> k.startsWith("left:"));
        return all;
    }

    /** Leaders U1, U2 … with "en", "sv" or "-" (not chosen) for each. */
    private List<Leader> members(String choices) {
        List<Leader> out = new ArrayList<>();
        String[] each = choices.isBlank() ? new String[0] : choices.trim().split(" ");
        for (int i = 0; i < each.length; i++) {
            Optional<Language> lang = each[i].equals("-") ? Optional.empty() : Optional.of(Language.valueOf(each[i].toUpperCase()));
            String user = "U" + (char) ('A' + i) + choices.hashCode();
            Leader l = t.joined(user).withLanguage(lang);
            t.leaders.save(l);
            out.add(l);
        }
        return out;
    }
}
