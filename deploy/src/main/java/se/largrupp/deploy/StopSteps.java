package se.largrupp.deploy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the application undoes when it stops, in one fixed order whatever order it was built in: nothing may still
 * write to the database when the pool closes, and nothing may still hand work on to a part that already stopped.
 * A step's failure is logged and the rest still run.
 */
final class StopSteps {
    private static final Logger log = LoggerFactory.getLogger(StopSteps.class);

    /** The order of the stop, first to last. */
    enum Phase {
        /** The sandbox pages' endless event streams, so the graceful HTTP stop waits only for real requests. */
        STREAMS,
        /** No new requests; those in flight finish (the grace period). */
        HTTP,
        /** Socket Mode and the adapters' own workers, which run commands handed on after the ack. */
        ADAPTERS,
        /** Quartz: nothing new fires, running wake-ups finish; stored ones stay for the next start. */
        SCHEDULER,
        /** After everything that writes to the outbox; undelivered messages stay for the next start. */
        OUTBOX_SENDER,
        /** Last: the pool closes when no one uses it any more. */
        DATABASE
    }

    interface Step {
        void run() throws Exception;
    }

    private record Named(String what, Step step) {}

    private final Map<Phase, Deque<Named>> steps = new EnumMap<>(Phase.class);

    synchronized void add(Phase phase, String what, Step step) {
        steps.computeIfAbsent(phase, p -> new ArrayDeque<>()).push(new Named(what, step));
    }

    /** Runs every step once, phase by phase; within a phase the last added runs first. */
    synchronized void runAll() {
        for (Phase phase : Phase.values()) {
            Deque<Named> in = steps.remove(phase);
            while (in != null && !in.isEmpty()) {
                Named n = in.pop();
                try {
                    n.step().run();
                } catch (Exception e) {
                    log.warn("stopping the {} failed: {}", n.what(), e.toString());
                }
            }
        }
    }
}
