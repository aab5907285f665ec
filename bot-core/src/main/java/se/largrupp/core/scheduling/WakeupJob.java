package se.largrupp.core.scheduling;

import java.time.Instant;
import java.util.Map;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.logging.Faults;
import se.largrupp.core.port.Wakeups;

/**
 * The one Quartz job: it reads topic, subject and due time from its data map and calls the handler registered for
 * the topic. A handler's failure is logged and swallowed, so it never stops other wake-ups; the handler decides with
 * the clock whether anything is still due, which also makes a late (misfired) or repeated run harmless.
 *
 * <p>One wake-up (topic and subject) never runs twice at once: planning it again while it runs (a second join moving
 * the workspace's placement run) waits for the running one instead of racing it in a second transaction, on one
 * instance and, through the JDBC store, across a cluster.
 */
@DisallowConcurrentExecution
final class WakeupJob implements Job {
    static final String TOPIC = "topic";
    static final String SUBJECT = "subject";
    static final String DUE = "dueEpochMilli";

    private static final Logger log = LoggerFactory.getLogger(WakeupJob.class);
    private final Map<String, Wakeups.Handler> handlers;

    WakeupJob(Map<String, Wakeups.Handler> handlers) {
        this.handlers = handlers;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        String topic = data.getString(TOPIC);
        String subject = data.getString(SUBJECT);
        Instant due = Instant.ofEpochMilli(data.getLong(DUE));
        Wakeups.Handler handler = handlers.get(topic);
        if (handler == null) {
            log.warn("No handler for wake-up topic {} (subject {}); dropped", topic, subject);
            return;
        }
        try {
            handler.wake(subject, due);
        } catch (RuntimeException | Error e) {
            log.error("Wake-up {}/{} due {} failed: {}", topic, subject, due, Faults.describe(e));
        }
    }
}
