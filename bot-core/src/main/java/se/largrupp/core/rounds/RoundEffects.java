package se.largrupp.core.rounds;

import java.time.Instant;
import java.util.Optional;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.meetings.GroupPeople;
import se.largrupp.core.meetings.WakeSubjects;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.Wakeups;

/**
 * What every change of a round does besides saving it: write messages to the outbox under keys that make a repeat a
 * no-op, edit the round's card in place, and keep exactly one wake-up per open round at its next moment.
 */
final class RoundEffects {
    static final String TOPIC = "rounds.turn";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoundEffects.class);

    private final Rounds rounds;
    private final Outbox outbox;
    private final Wakeups wakeups;
    private final RoundMessages messages;
    /** Wake-up changes held back until the surrounding transaction committed (see {@link #thenPlan}). */
    private final ThreadLocal<java.util.List<Runnable>> heldBack = new ThreadLocal<>();

    RoundEffects(Rounds rounds, Outbox outbox, Wakeups wakeups, RoundMessages messages) {
        this.rounds = rounds;
        this.outbox = outbox;
        this.wakeups = wakeups;
        this.messages = messages;
    }

    RoundMessages messages() {
        return messages;
    }

    static String subject(Round round) {
        return WakeSubjects.groupPrefix(round.group()) + "round:" + round.id().value();
    }

    static String key(Round round, String what) {
        return "round:" + round.id().value() + ":" + what;
    }

    /** Saves the round, edits its card, and plans (or drops) its wake-up. */
    void apply(GroupPeople people, Round round, Instant now) {
        rounds.save(round);
        String state = round.status() + ":" + round.turnEndsAt().map(Instant::toEpochMilli)
                .or(() -> round.pausedRemaining().map(java.time.Duration::toMillis)).orElse(0L);
        outbox.add(new OutgoingMessage(key(round, "card:" + round.turnNumber() + ":" + state),
                people.group().conversation().orElseThrow(), messages.card(people, round),
                Optional.of("round:" + round.id().value()), Optional.empty()));
        plan(round, now);
    }

    void post(GroupPeople people, Round round, String what, Message message) {
        outbox.add(OutgoingMessage.post(key(round, what), people.group().conversation().orElseThrow(), message));
    }

    /**
     * Runs {@code transaction} and only then applies the wake-up changes it asked for. A Quartz worker would otherwise
     * hold its transaction's connection while Quartz takes a second one to schedule, and a busy pool runs dry.
     */
    void thenPlan(Runnable transaction) {
        java.util.List<Runnable> changes = new java.util.ArrayList<>();
        heldBack.set(changes);
        try {
            transaction.run();
        } finally {
            heldBack.remove();
        }
        changes.forEach(Runnable::run);
    }

    /** The next moment the round needs the bot: the warning, else the end of the turn. */
    void plan(Round round, Instant now) {
        java.util.List<Runnable> later = heldBack.get();
        if (later != null) later.add(() -> planNow(round, now));
        else planNow(round, now);
    }

    private void planNow(Round round, Instant now) {
        if (round.status() != RoundStatus.RUNNING) {
            try {
                wakeups.cancel(TOPIC, subject(round));
            } catch (RuntimeException e) {
                // Quartz may refuse to delete the job that is running this very call (it goes away by itself when
                // it completes). A wake-up left behind is harmless: it finds the round not running and does nothing.
                LOG.warn("could not cancel the wake-up of round {}: {}", round.id(), e.getMessage());
            }
            return;
        }
        Instant warnAt = round.warnAt().orElseThrow();
        wakeups.schedule(TOPIC, subject(round), now.isBefore(warnAt) ? warnAt : round.turnEndsAt().orElseThrow());
    }

    /** After the last turn or on stop: the card says so, and a closing message names the next meeting. */
    void close(GroupPeople people, Round round, RoundStatus how, Instant now) {
        Round ended = round.ended(how);
        apply(people, ended, now);
        post(people, ended, "closing", messages.closing(people,
                people.group().booking().flatMap((StandingBooking b) -> b.nextAfter(now.plus(java.time.Duration.ofHours(12))))));
    }
}
