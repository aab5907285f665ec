package se.largrupp.core.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import se.largrupp.core.port.Wakeups;

/** A handler that records its wake-ups; tests wait for them with a bounded poll. */
final class RecordingHandler implements Wakeups.Handler {
    record Woken(String subject, Instant due, String thread) {}

    private final String topic;
    private final List<Woken> woken = new CopyOnWriteArrayList<>();

    RecordingHandler(String topic) {
        this.topic = topic;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public void wake(String subject, Instant due) {
        woken.add(new Woken(subject, due, Thread.currentThread().getName()));
    }

    List<Woken> woken() {
        return List.copyOf(woken);
    }

    List<String> subjects() {
        return woken.stream().map(Woken::subject).toList();
    }

    /** Waits until at least {@code count} wake-ups came, or the deadline passed; returns what came. */
    List<Woken> awaitAtLeast(int count, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (woken.size() < count && System.nanoTime() < end) Thread.sleep(20);
        return woken();
    }
}
