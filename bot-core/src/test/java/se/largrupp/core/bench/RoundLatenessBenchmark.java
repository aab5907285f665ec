package se.largrupp.core.bench;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import se.largrupp.core.Largrupp;
import se.largrupp.core.MeetingsAndRounds;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.scheduling.QuartzWakeups;
import se.largrupp.core.scheduling.ScaledClock;
import se.largrupp.core.storage.Database;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.TestCore;

/**
 * Lateness of turn messages (time's up, warnings) with many rounds running at once on the real path: Quartz with
 * its JDBC store on H2, the JDBC repositories and outbox, a scaled clock. Lateness is measured when a message is
 * written to the outbox, against the due time taken from the round's stored turn end (real milliseconds).
 * Baseline in the same run: bare ScheduledThreadPoolExecutor tasks at the same due times, with as many threads.
 *
 * <pre>
 * mvn -o -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=se.largrupp.core.bench.RoundLatenessBenchmark [-Dexec.args="1000 60 10 8"]
 * </pre>
 * args: rounds, time scale, minutes per turn, scheduler threads.
 */
public final class RoundLatenessBenchmark {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 60;
        int minutes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        System.out.printf("%d rounds of 3 turns x %d min, time scale %.0f (a turn lasts %.1f s), %d scheduler threads%n",
                rounds, minutes, scale, minutes * 60 / scale, threads);
        List<Long> quartz = quartzRun(rounds, scale, minutes, threads);
        List<Long> baseline = executorRun(rounds, scale, minutes, threads);
        print("Quartz + JDBC (turn messages)", quartz, baseline);
        print("bare ScheduledExecutor (baseline)", baseline, baseline);
        System.exit(0);
    }

    /** Real lateness in ms of every warning and time's-up message. */
    static List<Long> quartzRun(int rounds, double scale, int minutes, int threads) throws Exception {
        ScaledClock clock = ScaledClock.startingNow(Clock.systemUTC(), scale);
        Database db = Database.open("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", 3 * threads + 4); // a handler holds its transaction's connection while Quartz takes another to schedule
        JdbcRepositories repos = JdbcRepositories.of(db, clock);
        QuartzWakeups wakeups = QuartzWakeups.create(db.dataSource(), false, clock, QuartzWakeups.Options.defaults().withThreads(threads));
        Timing timing = new Timing(new JdbcOutbox(db.jdbc(), clock, false), clock, scale, minutes, rounds * 3);
        Largrupp core = Largrupp.builder().leaders(repos.leaders()).groups(repos.groups()).meetings(repos.meetings())
                .admins(repos.admins()).processedDeliveries(repos.deliveries()).transactions(repos.transactions())
                .outbox(timing).wakeups(wakeups).groupConversations(new TestCore.RecordingConversations()).clock(clock)
                .meetingsAndRounds(MeetingsAndRounds.Options.jdbc(db.jdbc(), MeetingSettings.defaults())).build();
        core.wakeupHandlers().forEach(wakeups::register);

        Workspace ws = new Workspace(Platform.SLACK, "TBENCH");
        List<Invocation> starters = new ArrayList<>();
        repos.transactions().inTransaction(() -> {
            for (int g = 0; g < rounds; g++) {
                List<LeaderId> members = new ArrayList<>();
                for (int m = 0; m < 3; m++) {
                    LeaderId id = new LeaderId(ws, "U" + g + "x" + m);
                    repos.leaders().save(Leader.joining(id, "Leader " + g + "-" + m, clock.instant()));
                    members.add(id);
                }
                ConversationRef channel = ConversationRef.of(Platform.SLACK, "TBENCH:C" + g);
                var today = clock.instant().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate();
                repos.groups().save(LearningGroup.formed(ws, "bench-" + g, 1, members, clock.instant()).withConversation(channel)
                        .withBooking(Optional.of(new StandingBooking(today.getDayOfWeek(), LocalTime.NOON, ZoneId.of("Europe/Stockholm"),
                                Cadence.EVERY_2_WEEKS, StandingBooking.DEFAULT_DURATION, MeetingFormat.DIGITAL, Optional.empty(), today))));
                starters.add(new Invocation(members.get(0), "L", Optional.empty(), channel, Optional.empty()));
            }
        });
        wakeups.start();
        long t0 = System.nanoTime();
        java.util.concurrent.ExecutorService starting = java.util.concurrent.Executors.newFixedThreadPool(threads);
        for (Invocation who : starters) starting.submit(() -> core.commands().execute(who, "start " + minutes));
        starting.shutdown();
        starting.awaitTermination(10, TimeUnit.MINUTES);
        System.out.printf("started %d rounds in %d ms (%d threads)%n", rounds, (System.nanoTime() - t0) / 1_000_000, threads);
        boolean done = timing.timeUps.await((long) (minutes * 60 / scale * 3 * 1000) + 300_000, TimeUnit.MILLISECONDS);
        if (!done) System.out.printf("timed out with %d time's-up messages missing%n", timing.timeUps.getCount());
        System.out.printf("warnings skipped because their wake-up came after the turn's end: %d of %d; interrupted turns: %d%n",
                rounds * 3L - timing.warnings.get(), rounds * 3L, timing.interrupted.get());
        wakeups.close();
        db.close();
        return timing.lateness;
    }

    /** Records the lateness of turn messages as they are written to the outbox. */
    static final class Timing implements Outbox {
        final Outbox delegate;
        final ScaledClock clock;
        final double scale;
        final Map<String, Long> endsAt = new ConcurrentHashMap<>();
        final long warningLeadMillis;
        final java.util.Set<String> seen = ConcurrentHashMap.newKeySet();
        final List<Long> lateness = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch timeUps;
        final java.util.concurrent.atomic.AtomicInteger warnings = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger interrupted = new java.util.concurrent.atomic.AtomicInteger();

        Timing(Outbox delegate, ScaledClock clock, double scale, int minutes, int expected) {
            this.delegate = delegate;
            this.warningLeadMillis = Math.min(120_000, minutes * 60_000L / 5);
            this.clock = clock;
            this.scale = scale;
            this.timeUps = new CountDownLatch(expected);
        }

        @Override
        public void add(OutgoingMessage m) {
            delegate.add(m);
            if (!seen.add(m.idempotencyKey())) return; // a repeat is a no-op in the outbox: time only the first
            String[] k = m.idempotencyKey().split(":"); // round:<id>:card:<n>:RUNNING:<endsAt> | round:<id>:turn:<n>:time-up ...
            if (!k[0].equals("round")) return;
            String round = k[1];
            if (k[2].equals("card") && k[4].equals("RUNNING")) {
                endsAt.put(round + ":" + k[3], Long.parseLong(k[5]));
            } else if (k[2].equals("turn") && k[4].equals("time-up")) {
                record(endsAt.get(round + ":" + k[3]));
                timeUps.countDown();
            } else if (k[2].equals("turn") && k[4].equals("warning")) {
                record(Long.parseLong(k[5]) - warningLeadMillis); // the key carries the turn's end
                warnings.incrementAndGet();
            } else if (k[2].equals("turn") && k[4].equals("interrupted")) {
                interrupted.incrementAndGet();
                timeUps.countDown();
            }
        }

        private void record(Long dueDomainMillis) {
            if (dueDomainMillis == null) return;
            long lateDomain = clock.instant().toEpochMilli() - dueDomainMillis;
            lateness.add(Math.round(lateDomain / scale));
        }
    }

    static List<Long> executorRun(int rounds, double scale, int minutes, int threads) throws InterruptedException {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(threads);
        List<Long> lateness = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch all = new CountDownLatch(rounds * 6);
        long turnNanos = (long) (minutes * 60_000_000_000L / scale);
        long start = System.nanoTime() + 200_000_000L;
        for (int r = 0; r < rounds; r++) {
            for (int t = 1; t <= 3; t++) {
                long lead = Math.min(120_000_000_000L / (long) scale, turnNanos / 5);
                for (long due : new long[] {start + t * turnNanos - lead, start + t * turnNanos}) {
                    executor.schedule(() -> {
                        lateness.add((System.nanoTime() - due) / 1_000_000);
                        all.countDown();
                    }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
                }
            }
        }
        all.await(5, TimeUnit.MINUTES);
        executor.shutdownNow();
        return lateness;
    }

    static void print(String name, List<Long> values, List<Long> baseline) {
        List<Long> v = new ArrayList<>(values);
        List<Long> b = new ArrayList<>(baseline);
        Collections.sort(v);
        Collections.sort(b);
        System.out.printf("%-36s n=%5d  p50=%5d ms  p99=%5d ms  max=%5d ms   (x baseline: p50 %s, p99 %s)%n", name, v.size(),
                pct(v, 50), pct(v, 99), v.isEmpty() ? 0 : v.get(v.size() - 1), ratio(pct(v, 50), pct(b, 50)), ratio(pct(v, 99), pct(b, 99)));
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String ratio(long a, long b) {
        return String.format("%.0f", (double) a / Math.max(1, b)); // a baseline under 1 ms counts as 1 ms
    }
}
