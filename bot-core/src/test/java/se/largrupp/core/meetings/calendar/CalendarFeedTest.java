package se.largrupp.core.meetings.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static se.largrupp.core.meetings.calendar.FeedWorld.event;
import static se.largrupp.core.meetings.calendar.FeedWorld.events;
import static se.largrupp.core.meetings.calendar.FeedWorld.occurrences;
import static se.largrupp.core.meetings.calendar.FeedWorld.value;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.MeetingStatus;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

class CalendarFeedTest {
    private static ZonedDateTime at(int month, int day) {
        return ZonedDateTime.of(LocalDate.of(2027, month, day), LocalTime.NOON, FeedWorld.STOCKHOLM);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void the_feed_is_a_recurring_series_at_noon_local_time_across_the_change_to_summer_time(TestDatabase db) {
        FeedWorld w = new FeedWorld(db);
        LeaderId anna = w.leader("U1", "Anna Ek");
        LeaderId bo = w.leader("U2", "Bo Berg");
        LearningGroup group = w.group("2027v1-03", Optional.of(FeedWorld.tuesdays()), anna, bo);
        String token = w.token(anna, false);
        assertThat(token).hasSize(43); // 256 random bits

        String ics = w.feed(token);
        VEvent e = event(ics, "largrupp-" + group.id().value() + "@largrupp");
        assertThat(events(ics)).hasSize(1);
        assertThat(value(e, Property.RRULE)).isEqualTo("FREQ=WEEKLY;INTERVAL=2");
        assertThat(value(e, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(e, Property.SUMMARY)).isEqualTo("Lärgrupp 2027v1-03");
        assertThat(value(e, Property.DESCRIPTION)).contains("Digitalt").contains("45 min").contains("https://meet.example.com/g1");
        assertThat(value(e, Property.LOCATION)).isEqualTo("https://meet.example.com/g1");
        assertThat(occurrences(e, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 15)))
                .containsExactly(at(3, 9), at(3, 23), at(4, 6)); // summer time from 28 March: still 12:00
        assertThat(at(3, 23).toInstant()).isEqualTo(Instant.parse("2027-03-23T11:00:00Z"));
        assertThat(at(4, 6).toInstant()).isEqualTo(Instant.parse("2027-04-06T10:00:00Z"));
        // The compact zone: one standard and one daylight rule, not the zone's history.
        List<VTimeZone> zones = FeedWorld.parse(ics).getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(value(zones.get(0), Property.TZID)).isEqualTo("Europe/Stockholm");
        assertThat(zones.get(0).getObservances()).hasSize(2);
        assertThat(ics).contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU").contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        assertThat(ics).doesNotContain("Anna").doesNotContain("Bo Berg").doesNotContain("U1");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_skipped_meeting_becomes_an_exdate_with_a_higher_sequence_and_an_unchanged_feed_keeps_its_etag(TestDatabase db) {
        FeedWorld w = new FeedWorld(db);
        LeaderId anna = w.leader("U1", "Anna Ek");
        LearningGroup group = w.group("2027v1-03", Optional.of(FeedWorld.tuesdays()), anna);
        String token = w.token(anna, false);
        CalendarFeeds.Feed first = w.feature.feeds().feed(token).orElseThrow();
        assertThat(w.feature.feeds().feed(token).orElseThrow().etag()).isEqualTo(first.etag());

        w.repos.meetings().save(Meeting.planned(group.id(), at(1, 26).toInstant()).withStatus(MeetingStatus.SKIPPED));
        String ics = w.feed(token);
        VEvent e = event(ics, "largrupp-" + group.id().value() + "@largrupp");
        assertThat(value(e, Property.SEQUENCE)).isEqualTo("1");
        assertThat(ics).contains("EXDATE;TZID=Europe/Stockholm:20270126T120000");
        assertThat(occurrences(e, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 28)))
                .containsExactly(at(1, 12), at(2, 9), at(2, 23));
        assertThat(w.feature.feeds().feed(token).orElseThrow().etag()).isNotEqualTo(first.etag());
        assertThat(value(event(w.feed(token), "largrupp-" + group.id().value() + "@largrupp"), Property.SEQUENCE)).isEqualTo("1");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void schedule_moves_a_series_that_has_not_met_and_ends_one_that_has_keeping_the_meetings_that_happened(TestDatabase db) {
        FeedWorld w = new FeedWorld(db);
        LeaderId anna = w.leader("U1", "Anna Ek");
        LearningGroup group = w.group("2027v1-03", Optional.of(FeedWorld.tuesdays()), anna);
        String uid = "largrupp-" + group.id().value() + "@largrupp";
        String token = w.token(anna, false);
        w.feed(token);

        // Before the first meeting: the same series moves to Thursdays 09:00.
        StandingBooking thursdays = new StandingBooking(DayOfWeek.THURSDAY, LocalTime.of(9, 0), FeedWorld.STOCKHOLM,
                Cadence.EVERY_4_WEEKS, java.time.Duration.ofMinutes(60), MeetingFormat.FIKA, Optional.empty(), LocalDate.of(2027, 1, 14));
        group = group.withBooking(Optional.of(thursdays));
        w.repos.groups().save(group);
        String moved = w.feed(token);
        assertThat(events(moved)).hasSize(1);
        VEvent e = event(moved, uid);
        assertThat(value(e, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(e, Property.DTSTART)).isEqualTo("20270114T090000");
        assertThat(value(e, Property.RRULE)).isEqualTo("FREQ=WEEKLY;INTERVAL=4");
        assertThat(value(e, Property.LOCATION)).isNull();

        // Two meetings later it moves again: the old series ends, the meetings that happened stay, a new series starts.
        w.advanceTo(Instant.parse("2027-02-20T08:00:00Z"));
        group = group.withBooking(Optional.of(FeedWorld.tuesdays()));
        w.repos.groups().save(group);
        String split = w.feed(token);
        assertThat(events(split)).hasSize(2);
        VEvent old = event(split, uid);
        assertThat(value(old, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(old, Property.RRULE)).isEqualTo("FREQ=WEEKLY;UNTIL=20270220T075959Z;INTERVAL=4");
        assertThat(occurrences(old, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).hasSize(2);
        VEvent next = event(split, "largrupp-" + group.id().value() + "-2@largrupp");
        assertThat(value(next, Property.SEQUENCE)).isEqualTo("0");
        assertThat(occurrences(next, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)))
                .containsExactly(at(2, 23), at(3, 9), at(3, 23));
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_regrouping_cancels_the_old_groups_series_for_its_members_and_starts_the_new_groups(TestDatabase db) {
        FeedWorld w = new FeedWorld(db);
        LeaderId anna = w.leader("U1", "Anna Ek");
        LeaderId bo = w.leader("U2", "Bo Berg");
        LearningGroup old = w.group("2027v1-03", Optional.of(FeedWorld.tuesdays()), anna, bo);
        String token = w.token(anna, false);
        w.feed(token);

        w.repos.groups().save(old.dissolved(w.clock.instant()));
        LearningGroup fresh = w.group("2027v2-01", Optional.of(FeedWorld.tuesdays()), anna);
        String ics = w.feed(token);
        VEvent ended = event(ics, "largrupp-" + old.id().value() + "@largrupp");
        assertThat(value(ended, Property.STATUS)).isEqualTo("CANCELLED"); // it never met
        assertThat(Integer.parseInt(value(ended, Property.SEQUENCE))).isGreaterThan(0);
        VEvent current = event(ics, "largrupp-" + fresh.id().value() + "@largrupp");
        assertThat(value(current, Property.STATUS)).isNull();
        assertThat(occurrences(current, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31))).containsExactly(at(1, 12), at(1, 26));
        assertThat(w.feed(token)).isEqualTo(ics);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void leaving_a_group_that_met_ends_its_series_for_the_leaver_and_keeps_the_past_meetings(TestDatabase db) {
        FeedWorld w = new FeedWorld(db);
        LeaderId anna = w.leader("U1", "Anna Ek");
        LeaderId bo = w.leader("U2", "Bo Berg");
        LearningGroup group = w.group("2027v1-03", Optional.of(FeedWorld.tuesdays()), anna, bo);
        String annas = w.token(anna, false);
        String bos = w.token(bo, false);
        w.feed(annas);
        w.feed(bos);

        w.advanceTo(Instant.parse("2027-02-01T08:00:00Z"));
        w.repos.groups().save(group.withMembers(List.of(bo)));
        VEvent forAnna = event(w.feed(annas), "largrupp-" + group.id().value() + "@largrupp");
        assertThat(value(forAnna, Property.STATUS)).isNull();
        assertThat(value(forAnna, Property.SEQUENCE)).isEqualTo("1");
        assertThat(occurrences(forAnna, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).containsExactly(at(1, 12), at(1, 26));
        VEvent forBo = event(w.feed(bos), "largrupp-" + group.id().value() + "@largrupp");
        assertThat(value(forBo, Property.RRULE)).isEqualTo("FREQ=WEEKLY;INTERVAL=2");
        assertThat(value(forBo, Property.SEQUENCE)).isEqualTo("0");
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_new_link_revokes_the_old_one_forget_me_deletes_it_and_unknown_tokens_find_nothing(TestDatabase db) {
        FeedWorld w = new FeedWorld(db);
        LeaderId anna = w.leader("U1", "Anna Ek");
        w.group("2027v1-03", Optional.of(FeedWorld.tuesdays()), anna);
        String first = w.token(anna, false);
        assertThat(w.token(anna, false)).isEqualTo(first);
        String second = w.token(anna, true);
        assertThat(second).isNotEqualTo(first);
        assertThat(w.feature.feeds().feed(first)).isEmpty();
        assertThat(w.feature.feeds().feed(second)).isPresent();
        assertThat(w.feature.feeds().feed("not-a-token")).isEmpty();
        assertThat(w.feature.feeds().feed("A".repeat(43))).isEmpty();

        db.transactions().inTransaction(() -> w.feature.personalData().erase(anna, "Anna Ek", java.util.Set.of()));
        assertThat(w.feature.feeds().feed(second)).isEmpty();
        assertThat(db.jdbc().query("SELECT leader_key FROM calendar_feed_groups", rs -> rs.getString(1))).isEmpty();
    }
}
