package se.largrupp.core.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.leaders.Language;

class CommandParserTest {
    static final LocalDate TODAY = LocalDate.of(2027, 1, 11);
    private final CommandParser parser = new CommandParser();

    private Command parsed(String text) {
        ParseResult r = parser.parse(text, TODAY);
        assertThat(r).as(text).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) r).command();
    }

    private Refusal refused(String text) {
        ParseResult r = parser.parse(text, TODAY);
        assertThat(r).as(text).isInstanceOf(ParseResult.Refused.class);
        return ((ParseResult.Refused) r).refusal();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "join|join", "gå med|join", "GÅ  MED|join", "leave|leave", "lämna|leave", "pause|pause", "paus|pause",
            "resume|resume", "återuppta|resume", "status|status", "rsvp yes|rsvp yes", "rsvp ja|rsvp yes", "kommer|rsvp yes",
            "rsvp no|rsvp no", "kan inte|rsvp no", "kan inte komma|rsvp no", "skip|skip", "hoppa över|skip", "start|start",
            "starta|start", "next|next", "nästa|next", "extend|extend", "förläng 5|extend 5", "hold|hold", "vänta|hold",
            "continue|continue", "fortsätt|continue", "stop|stop", "avsluta|stop", "rules|rules", "spelregler|rules",
            "questions|questions", "frågor|questions", "language en|language en", "språk svenska|language sv",
            "regroup|regroup", "omgruppera verkställ|regroup apply", "omgruppera avbryt|regroup cancel", "stats|stats",
            "statistik|stats", "forget me|forget me", "glöm mig bekräfta|forget me confirm", "calendar|calendar",
            "kalender|calendar", "kalender ny länk|calendar new link", "calendar new link|calendar new link", "kalender ny|calendar new link", "Calendar Reset|calendar new link", "help|help", "hjälp|help", "''|help", "lärgrupp status|status", "/largrupp  STATUS |status",
            "<at>Lärgrupp</at> nästa|next", "admin add <@U0BO>|admin add <@U0BO>", "ADMIN   Add  U0BOBOBO|admin add U0BOBOBO", "admin lägg till U0BOBOBO|admin add U0BOBOBO",
            "admin ta bort <@U0BO>|admin remove <@U0BO>",
            // Every natural confirmation, wherever the bot asks for one.
            "omgruppera ja|regroup apply", "omgruppera bekräfta|regroup apply", "omgruppera verkställ|regroup apply",
            "regroup yes|regroup apply", "regroup confirm|regroup apply", "glöm mig ja|forget me confirm",
            "glöm mig verkställ|forget me confirm", "forget me yes|forget me confirm", "forget me apply|forget me confirm",
            "paus bekräfta|pause confirm", "pausa ja|pause confirm", "pause confirm|pause confirm",
            "pause until 2027-06-01 confirm|pause 2027-06-01 confirm", "paus till 1 juni ja|pause 2027-06-01 confirm",
            "vem är jag|whoami", "Vem är jag?|whoami", "who am i|whoami", "whoami|whoami"})
    void swedish_and_english_keywords_parse_to_the_same_command(String text, String canonical) {
        assertThat(parsed(text).canonical()).isEqualTo(canonical);
    }

    @Test
    void a_schedule_in_swedish_reads_weekday_time_cadence_length_and_format() {
        assertThat(parsed("schema tisdag 12:00 varannan vecka 45 min lunch")).isEqualTo(new Command.Schedule(
                DayOfWeek.TUESDAY, LocalTime.NOON, Optional.of(Cadence.EVERY_2_WEEKS), Optional.of(45),
                Optional.of(MeetingFormat.LUNCH), Optional.empty()));
        assertThat(parsed("schema onsdag kl 8.30 var fjärde vecka promenad")).isEqualTo(new Command.Schedule(
                DayOfWeek.WEDNESDAY, LocalTime.of(8, 30), Optional.of(Cadence.EVERY_4_WEEKS), Optional.empty(),
                Optional.of(MeetingFormat.WALK_AND_TALK), Optional.empty()));
    }

    @Test
    void a_schedule_in_english_takes_a_digital_link_in_slack_link_syntax() {
        assertThat(parsed("schedule Thursday 15:00 every 4 weeks 1 h digital <https://meet.example.com/abc|join>"))
                .isEqualTo(new Command.Schedule(DayOfWeek.THURSDAY, LocalTime.of(15, 0), Optional.of(Cadence.EVERY_4_WEEKS),
                        Optional.of(60), Optional.of(MeetingFormat.DIGITAL), Optional.of(URI.create("https://meet.example.com/abc"))));
        assertThat(parsed("schedule tue 9 every other week coffee")).isEqualTo(new Command.Schedule(DayOfWeek.TUESDAY,
                LocalTime.of(9, 0), Optional.of(Cadence.EVERY_2_WEEKS), Optional.empty(), Optional.of(MeetingFormat.FIKA), Optional.empty()));
    }

    @Test
    void pause_takes_dates_in_several_forms_and_a_date_without_year_means_the_next_one() {
        assertThat(parsed("pause until 2027-03-01")).isEqualTo(new Command.Pause(Optional.of(LocalDate.of(2027, 3, 1))));
        assertThat(parsed("paus till 1 mars")).isEqualTo(new Command.Pause(Optional.of(LocalDate.of(2027, 3, 1))));
        assertThat(parsed("pause until march 1")).isEqualTo(new Command.Pause(Optional.of(LocalDate.of(2027, 3, 1))));
        assertThat(parsed("paus 5/1")).isEqualTo(new Command.Pause(Optional.of(LocalDate.of(2028, 1, 5))));
    }

    @Test
    void join_reads_department_manager_mention_and_language() {
        assertThat(parsed("gå med Ekonomi och HR <@U0BOSS|boss> språk en")).isEqualTo(new Command.Join(
                Optional.of("Ekonomi och HR"), Optional.of("<@U0BOSS>"), Optional.of(Language.EN)));
    }

    @Test
    void slack_html_escapes_are_read_as_the_characters_they_stand_for() {
        assertThat(parsed("join Sales &amp; Marketing")).isEqualTo(new Command.Join(Optional.of("Sales & Marketing"), Optional.empty(), Optional.empty()));
        assertThat(refused("status &lt;!channel&gt;").key()).isEqualTo("commands.refusal.broadcast");
    }

    @Test
    void start_reads_minutes_each_and_who_is_present() {
        assertThat(parsed("starta 12 Anna <@U0BO> Åsa")).isEqualTo(new Command.Start(Optional.of(12), List.of("Anna", "<@U0BO>", "Åsa")));
        assertThat(parsed("start 15 min")).isEqualTo(new Command.Start(Optional.of(15), List.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "schedule tuesday 25:61|commands.refusal.badTime|commands.usage.schedule",
            "schema tisdag 12:60|commands.refusal.badTime|commands.usage.schedule",
            "schedule funday 12:00|commands.refusal.badWeekday|commands.usage.schedule",
            "schedule|commands.refusal.missingWeekday|commands.usage.schedule",
            "schedule monday|commands.refusal.missingTime|commands.usage.schedule",
            "schedule monday 12:00 every 3 weeks|commands.refusal.badCadence|commands.usage.schedule",
            "schema måndag 12:00 varje vecka|commands.refusal.badCadence|commands.usage.schedule",
            "schedule monday 12:00 5 min|commands.refusal.badDuration|commands.usage.schedule",
            "schedule monday 12:00 digital https://|commands.refusal.badLink|commands.usage.schedule",
            "pause until 2026-12-24|commands.refusal.pastDate|commands.usage.pause",
            "pause until 2027-01-11|commands.refusal.pastDate|commands.usage.pause",
            "pause until 2031-01-01|commands.refusal.farDate|commands.usage.pause",
            "paus till 31 februari|commands.refusal.badDate|commands.usage.pause",
            "start 0|commands.refusal.badMinutes|commands.usage.start",
            "start 61|commands.refusal.badMinutes|commands.usage.start",
            "start 99999999999999|commands.refusal.badMinutes|commands.usage.start",
            "förläng 90|commands.refusal.badMinutes|commands.usage.extend",
            "rsvp maybe|commands.refusal.unexpected|commands.usage.rsvp",
            "language de|commands.refusal.badLanguage|commands.usage.language",
            "leave now|commands.refusal.unexpected|commands.usage.leave",
            "admin add x'; DROP TABLE leaders;--|commands.refusal.badUser|commands.usage.admin",
            "join Sales'; DELETE FROM leaders|commands.refusal.badText|commands.usage.join",
            "join 😀|commands.refusal.badText|commands.usage.join",
            "join قسم المبيعات|commands.refusal.badText|commands.usage.join",
            "start Anna 🎉|commands.refusal.badName|commands.usage.start",
            "status <!channel>|commands.refusal.broadcast|commands.usage.help",
            "rsvp yes @here|commands.refusal.broadcast|commands.usage.help",
            "dance|commands.refusal.unknown|commands.usage.help",
            "שלום|commands.refusal.unknown|commands.usage.help"})
    void bad_arguments_are_refused_with_the_reason_and_the_usage(String text, String key, String usage) {
        Refusal r = refused(text);
        assertThat(r.key()).isEqualTo(key);
        assertThat(r.usageKey()).contains(usage);
    }

    @Test
    void a_slack_mention_with_a_label_is_reduced_to_the_user_id() {
        assertThat(parsed("admin add <@U0BO|bo>")).isEqualTo(new Command.Admin(true, "<@U0BO>"));
    }

    @Test
    void ten_thousand_characters_are_refused_as_too_long() {
        assertThat(refused("status " + "a".repeat(10_000)).key()).isEqualTo("commands.refusal.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202Ejoin", "join\u0000", "   ", "\t\nhelp\r\n"})
    void control_and_direction_characters_do_not_confuse_the_parser(String text) {
        assertThat(parser.parse(text, TODAY)).isNotNull();
    }
}
