package se.largrupp.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.largrupp.deploy.ServeProcesses.awaitReady;
import static se.largrupp.deploy.ServeProcesses.eventually;
import static se.largrupp.deploy.ServeProcesses.freePort;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.NudgeKind;
import se.largrupp.core.meetings.SendNudge;
import se.largrupp.core.meetings.WakeSubjects;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.scheduling.QuartzWakeups;
import se.largrupp.core.scheduling.ScaledClock;
import se.largrupp.core.storage.Database;
import se.largrupp.core.storage.JdbcRepositories;

/**
 * Two {@code serve} processes (separate JVMs) on one PostgreSQL schema with {@code LARGRUPP_CLUSTERED=true},
 * delivering to a Slack stand-in: a scheduled nudge goes out exactly once, and after one process is killed the
 * other still delivers. Runs when {@code LARGRUPP_TEST_PG_URL} is set.
 */
class ClusterDeliveryTest {
    static final Workspace WORKSPACE = new Workspace(Platform.SLACK, "T1");
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @TempDir
    Path dir;
    String baseUrl, user, schema, url;
    SlackStandIn slack;
    final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        baseUrl = System.getenv("LARGRUPP_TEST_PG_URL");
        assumeTrue(baseUrl != null && !baseUrl.isBlank(), "LARGRUPP_TEST_PG_URL is not set");
        user = Optional.ofNullable(System.getenv("LARGRUPP_TEST_PG_USER")).filter(s -> !s.isBlank()).orElse("postgres");
        schema = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql("CREATE SCHEMA " + schema);
        url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        slack = new SlackStandIn();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (Process p : processes) p.destroyForcibly().waitFor();
        if (slack != null) slack.close();
        if (schema != null) sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void a_nudge_is_delivered_once_by_the_cluster_and_the_survivor_delivers_after_a_kill() throws Exception {
        int portA = freePort(), portB = freePort();
        Process a = serve("a", portA);
        Process b = serve("b", portB);
        awaitReady(portA);
        awaitReady(portB);

        try (Database db = Database.open(url, user, "", 2)) {
            JdbcRepositories repos = JdbcRepositories.of(db, Clock.systemUTC());
            String first = groupMeetingSoon(repos, "C1");
            scheduleNudgeNow(db, first);
            eventually(() -> slack.postsTo("C1") >= 1);
            deliveredAfter(repos, db, "M1");
            assertThat(slack.postsTo("C1")).as("the nudge of the first group, across two instances").isEqualTo(1);

            // Kill the instance that delivered it (each instance has its own bot token); the other must carry on.
            String deliverer = slack.posts().stream().filter(p -> p.channel().equals("C1")).findFirst().orElseThrow().token();
            Process dead = deliverer.endsWith("-a") ? a : b;
            Process survivor = dead == a ? b : a;
            dead.destroyForcibly().waitFor();
            String second = groupMeetingSoon(repos, "C2");
            scheduleNudgeNow(db, second);
            eventually(() -> slack.postsTo("C2") >= 1);
            deliveredAfter(repos, db, "M2");
            assertThat(slack.postsTo("C2")).as("the survivor delivers, once").isEqualTo(1);
            assertThat(slack.posts()).filteredOn(p -> p.channel().equals("C2")).singleElement()
                    .extracting(SlackStandIn.Post::token).isNotEqualTo(deliverer);
            assertThat(slack.postsTo("C1")).isEqualTo(1);
            assertThat(survivor.isAlive()).isTrue();
        }
    }

    /** A group in channel {@code channel} whose meeting starts in ten minutes: its "shortly" nudge is due now. */
    private static String groupMeetingSoon(JdbcRepositories repos, String channel) {
        Instant now = Instant.now();
        List<LeaderId> members = new ArrayList<>();
        for (String name : List.of("Åsa", "Björn", "Cecilia")) {
            LeaderId id = new LeaderId(WORKSPACE, "U" + channel + name.charAt(0));
            repos.leaders().save(Leader.joining(id, name, now));
            members.add(id);
        }
        ZonedDateTime start = now.plus(Duration.ofMinutes(10)).atZone(ZONE).truncatedTo(ChronoUnit.SECONDS);
        StandingBooking booking = new StandingBooking(start.getDayOfWeek(), start.toLocalTime(), ZONE, Cadence.EVERY_2_WEEKS,
                StandingBooking.DEFAULT_DURATION, MeetingFormat.FIKA, Optional.empty(), start.toLocalDate());
        LearningGroup group = LearningGroup.formed(WORKSPACE, "largrupp-" + channel.toLowerCase(), 1, members, now)
                .withConversation(ConversationRef.of(Platform.SLACK, "T1:" + channel))
                .withBooking(Optional.of(booking));
        repos.transactions().inTransaction(() -> repos.groups().save(group));
        return group.id().value();
    }

    /** Puts the wake-up in the shared Quartz store, as the booking's planner would; one of the instances fires it. */
    private static void scheduleNudgeNow(Database db, String groupId) {
        QuartzWakeups store = QuartzWakeups.create(db.dataSource(), true, ScaledClock.unscaled(Clock.systemUTC()),
                QuartzWakeups.Options.defaults().withClustered(true).withInstanceId("test-" + UUID.randomUUID()));
        try {
            store.schedule(SendNudge.TOPIC, WakeSubjects.nudge(new se.largrupp.core.groups.GroupId(groupId), NudgeKind.SHORTLY),
                    Instant.now());
        } finally {
            store.close();
        }
    }

    private Process serve(String name, int port) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(port));
        env.put("DATABASE_URL", url);
        env.put("DATABASE_USER", user);
        env.put("LARGRUPP_CLUSTERED", "true");
        env.put("SLACK_BOT_TOKEN", "xoxb-cluster-test-" + name);
        env.put("SLACK_SIGNING_SECRET", "cluster-test-secret");
        env.put("SLACK_API_URL", slack.apiUrl());
        Process p = ServeProcesses.serve(env, dir.resolve(name));
        processes.add(p);
        return p;
    }

    /**
     * Another group's nudge, scheduled now and awaited: a second, wrong delivery of a nudge already delivered would come
     * before this one, which was asked for after it.
     */
    private void deliveredAfter(JdbcRepositories repos, Database db, String channel) throws InterruptedException {
        scheduleNudgeNow(db, groupMeetingSoon(repos, channel));
        eventually(() -> slack.postsTo(channel) >= 1);
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(baseUrl, user, ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
