package se.largrupp.core.orgchart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.Largrupp;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.ManualWakeups;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** The directory read on join and nightly at 02:00 UTC on a fixed clock; it beats HR and what a leader typed. */
class DirectorySyncTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2027-01-11T08:00:00Z"));
    private final ManualWakeups wakeups = new ManualWakeups();
    private final LeaderId asa = TestCore.leaderId("U0ASA"), karin = TestCore.leaderId("U0KARIN"), vera = TestCore.leaderId("U0VD");
    private final Map<LeaderId, Directory.Entry> entries = new ConcurrentHashMap<>();
    private final Directory directory = new Directory() {
        public boolean covers(Workspace ws) { return ws.equals(TestCore.WORKSPACE); }
        public Optional<Directory.Entry> lookup(LeaderId person) { return Optional.ofNullable(entries.get(person)); }
    };
    private int deliveries;

    record Setup(Largrupp core, JdbcRepositories repos, SyncFromDirectory sync, OrgChart orgChart) {}

    private Setup setup(TestDatabase db) {
        JdbcRepositories r = JdbcRepositories.of(db.database(), clock);
        JdbcOutbox outbox = new JdbcOutbox(db.jdbc(), clock, db.isPostgres());
        OrgChart orgChart = OrgChart.jdbc(db.jdbc(), r.leaders(), outbox, r.transactions(), new Texts(), clock, List.of());
        SyncFromDirectory sync = orgChart.directorySync(List.of(directory), r.leaders(), r.transactions(), wakeups, clock, List.of());
        Largrupp core = Largrupp.builder().leaders(r.leaders()).groups(r.groups()).meetings(r.meetings()).admins(r.admins())
                .processedDeliveries(r.deliveries()).transactions(r.transactions()).outbox(outbox).wakeups(wakeups)
                .groupConversations(new TestCore.RecordingConversations()).clock(clock)
                .onParticipationChanged(sync.onJoin()).wakeupHandler(sync).knownFacts(orgChart.knownFacts()).build();
        core.wakeupHandlers().forEach(wakeups::register);
        return new Setup(core, r, sync, orgChart);
    }

    private void join(Setup s, LeaderId who, String text) {
        s.core().commands().execute(new Invocation(who, who.user(), Optional.of(Language.EN), ConversationRef.direct(who),
                Optional.of("d" + (++deliveries))), text);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_leader_who_joins_is_read_from_the_directory_and_it_beats_what_they_typed(TestDatabase db) {
        Setup s = setup(db);
        entries.put(asa, new Directory.Entry(Optional.of("Försäljning Nord"), List.of(karin, vera)));

        join(s, asa, "join Sälj <@U0OTHER>");
        assertThat(wakeups.isScheduled(SyncFromDirectory.TOPIC, "leader:" + asa.key())).isTrue();
        wakeups.fireDue(clock.instant());

        Leader åsa = s.repos().leaders().find(asa).orElseThrow();
        assertThat(åsa.department()).contains("Försäljning Nord");
        assertThat(åsa.manager()).contains(karin);
        assertThat(s.orgChart().facts().of(karin).get(FactSource.DIRECTORY).manager()).as("the chain above, too").contains(vera);
        assertThat(s.orgChart().facts().of(vera)).as("the top of the line has no manager to store").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void every_night_at_two_the_directory_is_read_again_and_a_changed_manager_is_stored(TestDatabase db) {
        Setup s = setup(db);
        join(s, karin, "join Sälj");
        join(s, asa, "join Sälj <@U0KARIN>");
        wakeups.fireDue(clock.instant());
        s.sync().plan();
        assertThat(wakeups.at(SyncFromDirectory.TOPIC, "nightly")).contains(Instant.parse("2027-01-12T02:00:00Z"));

        entries.put(asa, new Directory.Entry(Optional.of("Sälj"), List.of(vera)));
        clock.set(Instant.parse("2027-01-12T02:00:00Z"));
        wakeups.fireDue(clock.instant());

        assertThat(s.repos().leaders().find(asa).orElseThrow().manager()).contains(vera);
        assertThat(s.repos().leaders().find(karin).orElseThrow().manager()).as("the directory has nothing about Karin").isEmpty();
        assertThat(wakeups.at(SyncFromDirectory.TOPIC, "nightly")).contains(Instant.parse("2027-01-13T02:00:00Z"));
        clock.advance(Duration.ofMinutes(5));
        assertThat(wakeups.fireDue(clock.instant())).isZero();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void the_directory_beats_hr_and_a_leader_who_left_is_not_read_again(TestDatabase db) {
        Setup s = setup(db);
        join(s, asa, "join Sälj");
        wakeups.fireDue(clock.instant());
        s.orgChart().facts().save(new OrgFact(asa, FactSource.HR, Optional.of("HR:s avdelning"), Optional.of(karin), Optional.empty(),
                Optional.empty(), clock.instant()));
        entries.put(asa, new Directory.Entry(Optional.of("Katalogens avdelning"), List.of()));

        assertThat(s.sync().sync(asa)).isTrue();
        Leader åsa = s.repos().leaders().find(asa).orElseThrow();
        assertThat(åsa.department()).contains("Katalogens avdelning");
        assertThat(åsa.manager()).as("the directory is silent on the manager: HR's word stands").contains(karin);

        join(s, asa, "leave");
        entries.put(asa, new Directory.Entry(Optional.of("Ny"), List.of(vera)));
        assertThat(s.sync().sync(asa)).isFalse();
        assertThat(s.orgChart().facts().of(asa).get(FactSource.DIRECTORY).department()).contains("Katalogens avdelning");
    }
}
