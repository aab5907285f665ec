package se.largrupp.core.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.leaders.Language;

/** Property tests (QuickTheories; the parent pom says why not jqwik). */
class CommandParserProperties {
    private final CommandParser parser = new CommandParser();

    @Test
    void the_parser_never_throws_on_any_text() {
        qt().withExamples(3000).forAll(strings().allPossible().ofLengthBetween(0, 120))
                .checkAssert(text -> assertThat(parser.parse(text, CommandParserTest.TODAY)).isNotNull());
    }

    @Test
    void the_parser_never_throws_on_keywords_followed_by_noise() {
        Gen<String> keyword = Generate.pick(List.of("schedule", "schema tisdag", "pause until", "paus till", "start", "join",
                "admin add", "extend", "rsvp", "language", "forget me", "regroup", "schedule monday 12:00", "gå med",
                "schedule friday 9 every", "pause", "starta 5", "ny grupp", "group new", "group", "grupp", "slå ihop",
                "merge yes", "placement approve", "placering hoppa över", "ny grupp tacka"));
        Gen<String> noise = lists().of(Generate.pick(List.of("0", "12", "99999999999", ":", ".", "/", "-", "'", " ", "<", ">",
                "@", "!", "|", "å", "x", "every", "var", "min", "h", "😀", "\u202E", "\u05D0", "<@U1|", "<!channel>", "https://",
                "2027-02-30", "1/13", "mars", "digital", ";", "--", "\u0000", "&amp;", "&lt;", "&gt;"))).ofSizeBetween(0, 12).map(l -> String.join("", l));
        qt().withExamples(3000).forAll(keyword, noise)
                .checkAssert((k, n) -> assertThat(parser.parse(k + " " + n, CommandParserTest.TODAY)).isNotNull());
    }

    @Test
    void the_canonical_text_of_a_command_parses_back_to_the_same_command() {
        qt().withExamples(2000).forAll(commands()).checkAssert(command ->
                assertThat(parser.parse(command.canonical(), CommandParserTest.TODAY)).as(command.canonical())
                        .isEqualTo(new ParseResult.Parsed(command)));
    }

    private static Gen<Command> commands() {
        Gen<Optional<Integer>> minutes = integers().between(1, 60).toOptionals(30);
        Gen<String> name = Generate.pick(List.of("Anna", "Bo", "Åsa", "<@U0BO>", "Zoë", "O'Neil", "Jean-Luc"));
        Gen<String> dept = Generate.pick(List.of("HR", "Ekonomi", "Sales & Marketing", "IT/Drift", "Region Nord"));
        Gen<LocalTime> time = integers().between(0, 23).zip(integers().between(0, 59), LocalTime::of);
        Gen<Optional<URI>> link = Generate.pick(List.of(URI.create("https://meet.example.com/x"),
                URI.create("http://zoom.example/j/123?pwd=a"))).toOptionals(50);
        Gen<Command> schedule = Generate.enumValues(DayOfWeek.class).zip(time, Generate.enumValues(Cadence.class).toOptionals(30),
                integers().between(15, 240).toOptionals(30), (d, t, c, len) -> new Command.Schedule(d, t, c, len, Optional.empty(), Optional.empty()))
                .zip(Generate.enumValues(MeetingFormat.class).toOptionals(30), link,
                        (s, f, l) -> new Command.Schedule(s.weekday(), s.time(), s.cadence(), s.minutes(), f, l));
        Gen<Command> fixed = Generate.pick(List.of(new Command.Leave(), new Command.Resume(), new Command.Status(), new Command.Skip(),
                new Command.Next(), new Command.Hold(), new Command.Continue(), new Command.Stop(), new Command.Rules(),
                new Command.Questions(), new Command.Stats(), new Command.Calendar(), new Command.Help(),
                new Command.Rsvp(true), new Command.Rsvp(false), new Command.ForgetMe(true), new Command.ForgetMe(false),
                new Command.WhoAmI()));
        Gen<Command> join = dept.toOptionals(30).zip(Generate.pick(List.of("<@U0BOSS>", "U0BOSS12")).toOptionals(30),
                Generate.enumValues(Language.class).toOptionals(30), Command.Join::new);
        Gen<Command> pause = integers().between(1, 700).map(d -> CommandParserTest.TODAY.plusDays(d)).toOptionals(20)
                .zip(Generate.booleans(), Command.Pause::new);
        Gen<Command> start = minutes.zip(lists().of(name).ofSizeBetween(0, 8), Command.Start::new);
        Gen<Command> extend = minutes.map(Command.Extend::new);
        Gen<Command> language = Generate.enumValues(Language.class).map(Command.SetLanguage::new);
        Gen<Command> regroup = Generate.enumValues(Command.Regroup.Phase.class).map(Command.Regroup::new);
        Gen<Command> admin = Generate.booleans().zip(Generate.pick(List.of("<@U0BO>", "U0BOBOBO", "29:1abcdefg")), Command.Admin::new);
        Gen<String> invitee = Generate.pick(List.of("<@U0BO>", "<@U0CY>", "U0BOBOBO", "@oskar", "29:1abcdefg"));
        Gen<Command> groupNew = lists().of(invitee).ofSizeBetween(0, 3).map(Command.GroupNew::new);
        Gen<Optional<String>> id = Generate.pick(List.of("3f2a9c0d1e2b4a5c", "abc123")).toOptionals(40);
        Gen<Command> answer = Generate.booleans().zip(id, Command.GroupAnswer::new);
        Gen<Command> keep = Generate.booleans().map(Command.GroupKeep::new);
        Gen<Command> merge = Generate.booleans().zip(id, Command.Merge::new);
        Gen<Command> placement = Generate.booleans().zip(Generate.pick(List.of("3f2a9c0d1e2b4a5c", "abc123")), Command.Placement::new);
        return Generate.oneOf(Generate.oneOf(join, fixed, pause, schedule, start, extend, language, regroup, admin),
                Generate.oneOf(groupNew, answer, keep, merge, placement));
    }
}
