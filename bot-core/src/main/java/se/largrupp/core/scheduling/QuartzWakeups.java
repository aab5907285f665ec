package se.largrupp.core.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.DBConnectionManager;
import se.largrupp.core.port.Wakeups;

/**
 * {@link Wakeups} on Quartz with its JDBC job store ({@code JobStoreTX}) on the application's database, so wake-ups
 * survive restarts and, clustered on PostgreSQL, fire once across instances (and a dead instance's in-flight job
 * is re-run by another: {@code requestRecovery}). Job key = (subject, topic). Times are domain instants of the
 * {@link ScaledClock}; Quartz gets their real instants.
 *
 * <p>Quartz commits a schedule on its own connection, not in the caller's transaction: a wake-up may exist for a
 * change that was rolled back, which is harmless because the handler decides what is due from stored state.
 * Register every handler before {@link #start()}.
 */
public final class QuartzWakeups implements Wakeups, AutoCloseable {
    /**
     * @param name            the scheduler's name; instances sharing a schema and a name form one cluster
     * @param instanceId      unique per instance in a cluster; "AUTO" lets Quartz make one
     * @param checkinInterval how often a clustered instance says it is alive; others take over after it stops
     */
    public record Options(String name, String instanceId, boolean clustered, int threads, Duration checkinInterval,
                          Duration idleWait) {
        public static Options defaults() {
            return new Options("largrupp", "AUTO", false, 8, Duration.ofSeconds(7), Duration.ofSeconds(1));
        }

        public Options withClustered(boolean on) { return new Options(name, instanceId, on, threads, checkinInterval, idleWait); }
        public Options withInstanceId(String id) { return new Options(name, id, clustered, threads, checkinInterval, idleWait); }
        public Options withCheckinInterval(Duration d) { return new Options(name, instanceId, clustered, threads, d, idleWait); }
        public Options withThreads(int n) { return new Options(name, instanceId, clustered, n, checkinInterval, idleWait); }
    }

    private final Scheduler scheduler;
    private final ScaledClock clock;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();

    private QuartzWakeups(Scheduler scheduler, ScaledClock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Creates a scheduler in standby on the migrated database; nothing fires before {@link #start()}. */
    public static QuartzWakeups create(DataSource dataSource, boolean postgres, ScaledClock clock, Options options) {
        if (options.clustered() && !postgres) {
            throw new IllegalArgumentException("LARGRUPP_CLUSTERED=true needs PostgreSQL (DATABASE_URL=jdbc:postgresql:...)");
        }
        // A name of our own per scheduler: Quartz keeps connection providers in a JVM-wide registry.
        String dataSourceName = "largrupp-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new AppDataSourceProvider(dataSource));
        try {
            StdSchedulerFactory factory = new StdSchedulerFactory(properties(options, postgres, dataSourceName));
            Scheduler scheduler = factory.getScheduler();
            // Quartz also keeps schedulers in a JVM-wide registry by name and would hand this one out again;
            // tests and cluster rehearsals run several in one JVM.
            SchedulerRepository.getInstance().remove(options.name());
            QuartzWakeups wakeups = new QuartzWakeups(scheduler, clock);
            scheduler.setJobFactory((bundle, s) -> new WakeupJob(wakeups.handlers));
            return wakeups;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot create the Quartz scheduler: " + e.getMessage(), e);
        }
    }

    private static Properties properties(Options options, boolean postgres, String dataSourceName) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", options.name());
        p.setProperty("org.quartz.scheduler.instanceId", options.instanceId());
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.idleWaitTime", String.valueOf(options.idleWait().toMillis()));
        p.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", String.valueOf(options.threads()));
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(options.threads()));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "wakeup-" + options.instanceId());
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", postgres
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", String.valueOf(options.clustered()));
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", String.valueOf(options.checkinInterval().toMillis()));
        p.setProperty("org.quartz.jobStore.misfireThreshold", "5000");
        // Batched acquisition is only safe in a cluster under the lock.
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        return p;
    }

    public QuartzWakeups register(Handler handler) {
        handlers.put(handler.topic(), handler);
        return this;
    }

    public void start() {
        call(() -> scheduler.start());
    }

    @Override
    public void schedule(String topic, String subject, Instant at) {
        JobDetail job = JobBuilder.newJob(WakeupJob.class)
                .withIdentity(subject, topic)
                .usingJobData(WakeupJob.TOPIC, topic)
                .usingJobData(WakeupJob.SUBJECT, subject)
                .usingJobData(WakeupJob.DUE, at.toEpochMilli())
                .requestRecovery(true)
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(subject, topic)
                .startAt(Date.from(clock.toReal(at)))
                // Late after downtime: fire now, and let the handler judge with the clock.
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        call(() -> scheduler.scheduleJob(job, Set.of(trigger), true));
    }

    @Override
    public void cancel(String topic, String subject) {
        call(() -> scheduler.deleteJob(JobKey.jobKey(subject, topic)));
    }

    @Override
    public void cancelAll(String subjectPrefix) {
        call(() -> {
            List<JobKey> doomed = new ArrayList<>();
            for (String group : scheduler.getJobGroupNames()) {
                for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group))) {
                    if (key.getName().startsWith(subjectPrefix)) doomed.add(key);
                }
            }
            if (!doomed.isEmpty()) scheduler.deleteJobs(doomed);
        });
    }

    /** Whether a wake-up is scheduled (for tests and the sandbox). */
    public boolean isScheduled(String topic, String subject) {
        return call(() -> scheduler.checkExists(JobKey.jobKey(subject, topic)));
    }

    /** Moves a scheduled wake-up to now, keeping its due time, so it fires once (tests: no waiting for real time). */
    public void fireNow(String topic, String subject) {
        call(() -> scheduler.rescheduleJob(TriggerKey.triggerKey(subject, topic), TriggerBuilder.newTrigger()
                .withIdentity(subject, topic)
                .forJob(JobKey.jobKey(subject, topic))
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build()));
    }

    /** The Quartz scheduler itself, for metrics and tests. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** Stops firing and waits for running wake-ups to finish. */
    @Override
    public void close() {
        call(() -> scheduler.shutdown(true));
    }

    private interface QuartzCall<T> {
        T run() throws SchedulerException;
    }

    private interface QuartzStep {
        void run() throws SchedulerException;
    }

    private static <T> T call(QuartzCall<T> work) {
        try {
            return work.run();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz failed: " + e.getMessage(), e);
        }
    }

    private static void call(QuartzStep work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
