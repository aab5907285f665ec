package se.largrupp.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.port.Wakeups;

/**
 * An in-memory {@link Wakeups} for tests: it records what is scheduled and lets the test drive time with
 * {@link #fireDue(Instant)}. Unlike Quartz it lets a handler's failure propagate, so a test sees it.
 */
public final class ManualWakeups implements Wakeups {
    /** One scheduled wake-up. */
    public record Scheduled(String topic, String subject, Instant at) {}

    private final Map<String, Scheduled> scheduled = new LinkedHashMap<>();
    private final Map<String, Handler> handlers = new HashMap<>();
    private final List<Scheduled> fired = new ArrayList<>();

    public synchronized ManualWakeups register(Handler handler) {
        handlers.put(handler.topic(), handler);
        return this;
    }

    @Override
    public synchronized void schedule(String topic, String subject, Instant at) {
        scheduled.put(key(topic, subject), new Scheduled(topic, subject, at));
    }

    @Override
    public synchronized void cancel(String topic, String subject) {
        scheduled.remove(key(topic, subject));
    }

    @Override
    public synchronized void cancelAll(String subjectPrefix) {
        scheduled.values().removeIf(s -> s.subject().startsWith(subjectPrefix));
    }

    /** Everything still scheduled, earliest first. */
    public synchronized List<Scheduled> scheduled() {
        return scheduled.values().stream().sorted(ORDER).toList();
    }

    public synchronized List<Scheduled> scheduled(String topic) {
        return scheduled().stream().filter(s -> s.topic().equals(topic)).toList();
    }

    public synchronized Optional<Instant> at(String topic, String subject) {
        return Optional.ofNullable(scheduled.get(key(topic, subject))).map(Scheduled::at);
    }

    public synchronized boolean isScheduled(String topic, String subject) {
        return scheduled.containsKey(key(topic, subject));
    }

    /** Every wake-up fired so far, in firing order. */
    public synchronized List<Scheduled> fired() {
        return List.copyOf(fired);
    }

    /**
     * Fires every wake-up due at {@code now}, earliest first, including ones a handler schedules while this runs
     * (as long as they are due too). Each fires once: it is removed before its handler runs.
     *
     * @return how many fired
     * @throws IllegalStateException when a due wake-up has no registered handler
     */
    public int fireDue(Instant now) {
        int count = 0;
        for (Optional<Scheduled> next = takeNextDue(now); next.isPresent(); next = takeNextDue(now)) {
            Scheduled due = next.get();
            Handler handler;
            synchronized (this) {
                handler = handlers.get(due.topic());
                fired.add(due);
            }
            if (handler == null) throw new IllegalStateException("no handler registered for topic " + due.topic());
            handler.wake(due.subject(), due.at());
            count++;
        }
        return count;
    }

    /** Fires everything scheduled, whatever its time: "let all the time in the world pass". */
    public int fireAll() {
        return fireDue(Instant.MAX);
    }

    private synchronized Optional<Scheduled> takeNextDue(Instant now) {
        Optional<Scheduled> next = scheduled.values().stream().filter(s -> !s.at().isAfter(now)).min(ORDER);
        next.ifPresent(s -> scheduled.remove(key(s.topic(), s.subject())));
        return next;
    }

    private static final Comparator<Scheduled> ORDER =
            Comparator.comparing(Scheduled::at).thenComparing(Scheduled::topic).thenComparing(Scheduled::subject);

    private static String key(String topic, String subject) {
        return topic + "\u0000" + subject;
    }
}
