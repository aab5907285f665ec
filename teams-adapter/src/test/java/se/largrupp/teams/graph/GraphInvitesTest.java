package se.largrupp.teams.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.GroupStatus;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.MeetingStatus;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.meetings.calendar.CalendarFeature;
import se.largrupp.core.meetings.calendar.CalendarInvites;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.InMemoryOutbox;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.OutboxDrain;
import se.largrupp.core.testing.TestDatabases;
import se.largrupp.core.testing.TestDatabases.TestDatabase;
import se.largrupp.teams.support.GraphStandIn;
import se.largrupp.teams.support.GraphStandIn.Answer;

/**
 * The booking as a real Outlook event: the outbox's calendar-invite messages delivered to the Graph stand-in, which
 * keeps the organiser's calendar as Graph would.
 */
class GraphInvitesTest {
    static final String ORGANIZER = "largrupp@contoso.example";
    static final Workspace TENANT = new Workspace(Platform.TEAMS, "tenant-1");
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    final MutableClock clock = MutableClock.standard(); // Monday 11 January 2027
    final LeaderId anna = new LeaderId(TENANT, "aad-anna");
    final LeaderId bo = new LeaderId(TENANT, "aad-bo");
    final LeaderId cy = new LeaderId(TENANT, "aad-cy");
    TestDatabase db;
    GraphStandIn graph;
    InMemoryOutbox outbox;
    Groups groups;
    Meetings meetings;
    OutboxDrain drain;

    @BeforeEach
    void start() throws Exception {
        db = TestDatabases.h2();
        graph = new GraphStandIn();
        graph.on("GET", "/v1.0/users/aad-[a-z]+", call -> {
            String who = call.path().substring(call.path().lastIndexOf("aad-") + 4);
            return Answer.of(200, GraphStandIn.object().put("id", "aad-" + who).put("mail", who + "@contoso.example")
                    .put("displayName", who).toString());
        });
        JdbcRepositories repos = JdbcRepositories.of(db.database(), clock);
        CalendarFeature feature = new CalendarFeature(repos.leaders(), repos.groups(), repos.meetings(), db.transactions(),
                new Texts(), clock, db.jdbc(), () -> URI.create("https://largrupp.example.com/"));
        GraphClient client = GraphClient.of(GraphSettings.fromEnvironment(graph.environment()), clock);
        outbox = new InMemoryOutbox();
        graph.on("GET", "/v1.0/users", call -> {
            String filter = call.query().getOrDefault("$filter", "");
            String mail = filter.substring(filter.indexOf('\'') + 1, filter.indexOf('\'', filter.indexOf('\'') + 1));
            var value = GraphStandIn.object().putArray("value");
            if (mail.endsWith("@contoso.example")) value.addObject().put("mail", mail).put("displayName", "Slack " + mail);
            return Answer.of(200, GraphStandIn.object().set("value", value).toString());
        });
        java.util.Map<String, String> slackMails = java.util.Map.of("U1", "dan@contoso.example", "U2", "eve@elsewhere.example");
        CalendarInvites invites = feature.invites(new GraphOrganizerCalendar(client, ORGANIZER, "tenant-1",
                leader -> Optional.ofNullable(slackMails.get(leader.user()))), g -> true);
        groups = invites.watch(repos.groups(), outbox);
        meetings = invites.watch(repos.meetings(), outbox);
        drain = new OutboxDrain(outbox::messages, invites.deliveries((m, r) -> new Delivery.Rejected("no chat in this test")));
    }

    @AfterEach
    void stop() {
        graph.close();
        db.close();
    }

    static StandingBooking tuesdays(LocalDate first) {
        return new StandingBooking(DayOfWeek.TUESDAY, LocalTime.NOON, STOCKHOLM, Cadence.EVERY_2_WEEKS, Duration.ofMinutes(45),
                MeetingFormat.DIGITAL, Optional.empty(), first);
    }

    LearningGroup group(List<LeaderId> members) {
        return group(members, LocalDate.of(2027, 1, 12));
    }

    LearningGroup group(List<LeaderId> members, LocalDate firstMeeting) {
        LearningGroup g = new LearningGroup(GroupId.random(), TENANT, "2027v1-03", 1, members, Optional.empty(),
                Optional.of(tuesdays(firstMeeting)), GroupStatus.ACTIVE, clock.instant(), Optional.empty());
        db.transactions().inTransaction(() -> groups.save(g));
        return g;
    }

    void save(LearningGroup g) {
        db.transactions().inTransaction(() -> groups.save(g));
    }

    JsonNode onlyEvent() {
        List<JsonNode> events = graph.events().of(ORGANIZER);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void a_group_with_a_booking_becomes_a_recurring_teams_meeting_with_every_member_invited() {
        LearningGroup g = group(List.of(anna, bo, cy));
        drain.deliverAll();

        JsonNode event = onlyEvent();
        assertThat(graph.lines()).contains("POST /v1.0/users/" + ORGANIZER + "/events");
        assertThat(event.path("isOnlineMeeting").asBoolean()).isTrue();
        assertThat(event.path("onlineMeetingProvider").asText()).isEqualTo("teamsForBusiness");
        assertThat(event.path("onlineMeeting").path("joinUrl").asText()).startsWith("https://teams.microsoft.com/");
        assertThat(event.at("/recurrence/pattern/type").asText()).isEqualTo("weekly");
        assertThat(event.at("/recurrence/pattern/interval").asInt()).isEqualTo(2);
        assertThat(event.at("/recurrence/pattern/daysOfWeek/0").asText()).isEqualTo("tuesday");
        assertThat(event.at("/recurrence/range/type").asText()).isEqualTo("noEnd");
        assertThat(event.at("/start/dateTime").asText()).isEqualTo("2027-01-12T12:00:00");
        assertThat(event.at("/start/timeZone").asText()).isEqualTo("Europe/Stockholm");
        assertThat(event.at("/end/dateTime").asText()).isEqualTo("2027-01-12T12:45:00");
        assertThat(event.path("attendees").findValuesAsText("address"))
                .containsExactly("anna@contoso.example", "bo@contoso.example", "cy@contoso.example");
        assertThat(event.path("transactionId").asText()).isEqualTo("largrupp-" + g.id().value() + "@largrupp");
        assertThat(event.path("subject").asText()).isEqualTo("Lärgrupp 2027v1-03");
        assertThat(graph.tokenRequests()).singleElement().satisfies(t -> assertThat(t.form()).containsEntry("scope", IdentityTokens.GRAPH));

        // Saved again unchanged (an RSVP, a conversation opened): nothing new is queued, nothing is sent.
        save(g);
        graph.clear();
        drain.deliverAll();
        assertThat(graph.calls()).isEmpty();
    }

    @Test
    void skip_cancels_that_occurrence_and_a_member_leaving_or_joining_updates_the_attendees() {
        LearningGroup g = group(List.of(anna, bo, cy));
        drain.deliverAll();
        String id = onlyEvent().path("id").asText();
        graph.clear();

        Instant jan26 = ZonedDateTime.of(LocalDate.of(2027, 1, 26), LocalTime.NOON, STOCKHOLM).toInstant();
        db.transactions().inTransaction(() -> meetings.save(Meeting.planned(g.id(), jan26).withStatus(MeetingStatus.SKIPPED)));
        drain.deliverAll();
        assertThat(graph.lines()).containsExactly("GET /v1.0/users/" + ORGANIZER + "/events/" + id + "/instances",
                "POST /v1.0/users/" + ORGANIZER + "/events/" + id + "_20270126/cancel");
        assertThat(graph.events().cancelledOccurrences(id)).containsExactly(LocalDate.of(2027, 1, 26));

        graph.clear();
        save(g.withMembers(List.of(anna, bo)));
        drain.deliverAll();
        assertThat(graph.lines()).containsExactly("PATCH /v1.0/users/" + ORGANIZER + "/events/" + id);
        assertThat(onlyEvent().path("attendees").findValuesAsText("address")).containsExactly("anna@contoso.example", "bo@contoso.example");

        clock.advance(Duration.ofMinutes(5));
        save(g.withMembers(List.of(anna, bo, cy))); // back again: the same state as before, queued anew
        drain.deliverAll();
        assertThat(onlyEvent().path("attendees")).hasSize(3);
        assertThat(graph.events().cancelledOccurrences(id)).containsExactly(LocalDate.of(2027, 1, 26)); // cancelled once
    }

    @Test
    void throttling_is_retried_by_the_outbox_after_the_wait_graph_asks_for_and_nothing_is_done_twice() {
        LearningGroup g = group(List.of(anna, bo));
        graph.queue(Answer.throttled(30));
        List<Delivery> first = drain.deliver();
        assertThat(first).singleElement().isEqualTo(new Delivery.RetryLater(Optional.of(Duration.ofSeconds(30)), "GET 429 TooManyRequests"));
        assertThat(graph.events().of(ORGANIZER)).isEmpty();

        clock.advance(Duration.ofSeconds(30));
        drain.deliverAll(); // the same message, tried again
        assertThat(onlyEvent().path("attendees")).hasSize(2);
        assertThat(g.id()).isNotNull();
    }

    @Test
    void schedule_moves_the_event_a_dissolved_group_that_met_keeps_its_past_and_one_that_never_met_is_cancelled() {
        LearningGroup g = group(List.of(anna, bo));
        drain.deliverAll();
        String first = onlyEvent().path("id").asText();

        StandingBooking moved = new StandingBooking(DayOfWeek.THURSDAY, LocalTime.of(9, 0), STOCKHOLM, Cadence.EVERY_4_WEEKS,
                Duration.ofMinutes(60), MeetingFormat.FIKA, Optional.empty(), LocalDate.of(2027, 1, 14));
        g = g.withBooking(Optional.of(moved));
        save(g);
        drain.deliverAll();
        JsonNode event = graph.events().get(first).orElseThrow();
        assertThat(event.at("/start/dateTime").asText()).isEqualTo("2027-01-14T09:00:00");
        assertThat(event.at("/recurrence/pattern/interval").asInt()).isEqualTo(4);
        assertThat(event.at("/recurrence/pattern/daysOfWeek/0").asText()).isEqualTo("thursday");

        clock.set(Instant.parse("2027-03-01T08:00:00Z")); // it met on 14 January and 11 February
        save(g.dissolved(clock.instant()));
        drain.deliverAll();
        JsonNode ended = graph.events().get(first).orElseThrow();
        assertThat(ended.at("/recurrence/range/type").asText()).isEqualTo("endDate");
        assertThat(ended.at("/recurrence/range/endDate").asText()).isEqualTo("2027-02-11");
        assertThat(ended.path("isCancelled").asBoolean()).isFalse();

        LearningGroup never = group(List.of(cy, anna), LocalDate.of(2027, 3, 2));
        drain.deliverAll();
        String neverId = graph.events().of(ORGANIZER).stream().map(e -> e.path("id").asText()).filter(i -> !i.equals(first))
                .findFirst().orElseThrow();
        save(never.dissolved(clock.instant()));
        drain.deliverAll();
        assertThat(graph.lines()).endsWith("POST /v1.0/users/" + ORGANIZER + "/events/" + neverId + "/cancel");
        assertThat(graph.events().get(neverId).orElseThrow().path("isCancelled").asBoolean()).isTrue();
    }

    @Test
    void slack_members_are_invited_when_their_slack_address_is_a_user_of_the_tenant() {
        Workspace slack = new Workspace(Platform.SLACK, "T1");
        LearningGroup g = new LearningGroup(GroupId.random(), slack, "2027v1-04", 1,
                List.of(new LeaderId(slack, "U1"), new LeaderId(slack, "U2"), new LeaderId(slack, "U3")), Optional.empty(),
                Optional.of(tuesdays(LocalDate.of(2027, 1, 12))), GroupStatus.ACTIVE, clock.instant(), Optional.empty());
        save(g);
        drain.deliverAll();

        assertThat(onlyEvent().path("attendees").findValuesAsText("address")).containsExactly("dan@contoso.example");
        assertThat(graph.calls()).filteredOn(c -> c.path().equals("/v1.0/users")).extracting(c -> c.query().get("$filter"))
                .containsExactly("mail eq 'dan@contoso.example' or userPrincipalName eq 'dan@contoso.example'",
                        "mail eq 'eve@elsewhere.example' or userPrincipalName eq 'eve@elsewhere.example'");
    }
}
