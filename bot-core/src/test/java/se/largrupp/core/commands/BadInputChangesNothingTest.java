package se.largrupp.core.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.testing.Replies.text;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.testing.TestCore;

/** Every absurd input gets a localised refusal with usage, and leaves the stored state exactly as it was. */
class BadInputChangesNothingTest {
    private final TestCore t = TestCore.create();
    private final LeaderId anna = TestCore.leaderId("U0ANNA");

    @BeforeEach
    void a_group_with_a_slot() {
        t.build(b -> b.configuredAdmins("U0ANNA"));
        t.joined("U0ANNA");
        t.joined("U0BO");
        t.joined("U0CY");
        t.groupOf("g1", "U0ANNA", "U0BO", "U0CY");
        t.commands().execute(t.invocation(anna), "schedule tuesday 12:00");
        t.commands().execute(t.invocation(anna), "rsvp yes");
    }

    private List<Object> state() {
        return List.of(t.leaders.all(), t.groups.all(), t.meetings.all(), t.outbox.messages(),
                t.admins.added(TestCore.WORKSPACE), t.wakeups.scheduled());
    }

    @ParameterizedTest
    @ValueSource(strings = {"schedule tuesday 25:61", "schema tisdag 24:00", "schedule someday 12:00", "schedule tuesday 12:00 every 3 weeks",
            "schedule tuesday 12:00 999 min", "pause until 2020-01-01", "paus till 2026-12-31", "start 0", "start 61", "extend 1000",
            "rsvp 😀", "join ‮إدارة", "join x'); DROP TABLE leaders; --", "admin add '; DELETE FROM admins; --", "status <!channel>",
            "language klingon", "leave please", "glöm mig nu", "🎉🎉🎉", "\u202Ejoin", "regroup now"})
    void absurd_input_is_refused_in_swedish_and_english_and_changes_nothing(String input) {
        List<Object> before = state();
        String sv = text(t.commands().execute(t.invocation(anna, Language.SV), input));
        t.leaders.save(t.leaders.find(anna).orElseThrow().withLanguage(java.util.Optional.of(Language.EN)));
        List<Object> beforeEn = state();
        String en = text(t.commands().execute(t.invocation(anna, Language.SV), input));
        assertThat(state()).isEqualTo(beforeEn);
        t.leaders.save(t.leaders.find(anna).orElseThrow().withLanguage(java.util.Optional.empty()));
        assertThat(state()).isEqualTo(before);
        assertThat(sv).as("sv").isNotEqualTo(en);
        assertThat(sv + en).doesNotContain("Exception");
        assertThat(en).as("en").containsAnyOf("Usage:", "Write `help`");
        assertThat(sv).as("sv").containsAnyOf("Så här skriver du:", "Skriv hjälp");
    }

    static java.util.stream.Stream<Command> typedCommands() {
        return java.util.stream.Stream.of(
                new Command.Pause(java.util.Optional.of(java.time.LocalDate.of(2020, 1, 1))),
                new Command.Pause(java.util.Optional.of(java.time.LocalDate.of(2040, 1, 1))),
                new Command.Join(java.util.Optional.of("x".repeat(10_000)), java.util.Optional.empty(), java.util.Optional.empty()),
                new Command.Join(java.util.Optional.of("HR"), java.util.Optional.of("'; DROP TABLE leaders"), java.util.Optional.empty()),
                new Command.Schedule(java.time.DayOfWeek.MONDAY, java.time.LocalTime.NOON, java.util.Optional.empty(),
                        java.util.Optional.of(500), java.util.Optional.empty(), java.util.Optional.empty()),
                new Command.Schedule(java.time.DayOfWeek.MONDAY, java.time.LocalTime.NOON, java.util.Optional.empty(),
                        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of(java.net.URI.create("javascript:alert(1)"))),
                new Command.Admin(true, "<!channel>"));
    }

    /** Forms and buttons send typed commands past the parser; the use cases refuse bad values themselves. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("typedCommands")
    void absurd_typed_commands_from_forms_are_refused_and_change_nothing(Command command) {
        List<Object> before = state();
        String en = text(t.commands().execute(t.invocation(anna, Language.EN), command));
        String sv = text(t.commands().execute(t.invocation(anna, Language.SV), command));
        assertThat(state()).isEqualTo(before);
        assertThat(en).isNotEqualTo(sv).doesNotContain("went wrong");
        assertThat(sv).doesNotContain("gick fel");
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000})
    void ten_thousand_characters_are_refused_and_change_nothing(int length) {
        List<Object> before = state();
        assertThat(text(t.commands().execute(t.invocation(anna, Language.EN), "join " + "å".repeat(length)))).contains("more than I can read");
        assertThat(state()).isEqualTo(before);
    }
}
