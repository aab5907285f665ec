package se.largrupp.core.leaders.usecases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.logging.Faults;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;

/**
 * The retention rule for people: a leader who left the programme is erased once {@code keepLeft} has passed since
 * they left, exactly as {@code forget me} would (their past groups keep the others). Runs on a daily wake-up; each
 * leader in a transaction of their own, so one failure does not keep the others.
 */
public final class ApplyRetention implements Wakeups.Handler {
    public static final String TOPIC = "retention.daily";
    static final String SUBJECT = "all";
    private static final Duration EVERY = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(ApplyRetention.class);

    private final Transactions transactions;
    private final Leaders leaders;
    private final EraseLeader erase;
    private final Wakeups wakeups;
    private final Duration keepLeft;
    private final Clock clock;

    public ApplyRetention(Transactions transactions, Leaders leaders, EraseLeader erase, Wakeups wakeups, Duration keepLeft, Clock clock) {
        this.transactions = transactions;
        this.leaders = leaders;
        this.erase = erase;
        this.wakeups = wakeups;
        this.keepLeft = keepLeft;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void wake(String subject, Instant due) {
        Instant now = clock.instant();
        List<LeaderId> expired = transactions.inTransaction(() -> leaders.leftBefore(now.minus(keepLeft)));
        int erased = 0;
        for (LeaderId leader : expired) {
            try {
                transactions.inTransaction(() -> erase.erase(leader, "", now));
                erased++;
            } catch (RuntimeException e) {
                log.warn("Could not erase a leader who left ({}); tried again tomorrow", Faults.describe(e));
            }
        }
        if (erased > 0) log.info("Retention: erased {} leaders who left more than {} days ago", erased, keepLeft.toDays());
        plan(now.plus(EVERY));
    }

    /** At start-up (idempotent): the next run, now. */
    public void plan(Instant at) {
        wakeups.schedule(TOPIC, SUBJECT, at);
    }
}
