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
import se.largrupp.core.pulse.AfterMeeting;

/**
 * What every change of a round does besides saving it: write messages to the outbox under keys that make a repeat a
 * no-op, edit the round's card in place, and keep exactly one wake-up per open round at its next moment.
 */
final class RoundEffects {
    static final String TOPIC = "rounds.turn";

    private final Rounds rounds;
    private final Outbox outbox;
    private final Wakeups wakeups;
    private final RoundMessages messages;
    private final AfterMeeting afterMeeting;

    RoundEffects(Rounds rounds, Outbox outbox, Wakeups wakeups, RoundMessages messages, AfterMeeting afterMeeting) {
        this.rounds = rounds;
        this.outbox = outbox;
        this.wakeups = wakeups;
        this.messages = messages;
        this.afterMeeting = afterMeeting;
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
        outbox.add(new OutgoingMessage(key(round, "card:" + round.turnNumber() + ":" + round.phase() + ":" + state),
                people.group().conversation().orElseThrow(), messages.card(people, round),
                Optional.of("round:" + round.id().value()), Optional.empty(), Optional.of(people.language())));
        plan(round, now);
    }

    void post(GroupPeople people, Round round, String what, Message message) {
        outbox.add(OutgoingMessage.post(key(round, what), people.group().conversation().orElseThrow(), message).in(people.language()));
    }

    /**
     * The next moment the round needs the bot: the warning, else the end of the turn. The wake-ups are the core's
     * after-commit ones, so the change follows the round's commit.
     */
    void plan(Round round, Instant now) {
        if (round.status() != RoundStatus.RUNNING) {
            wakeups.cancel(TOPIC, subject(round));
            return;
        }
        Instant next = round.turnEndsAt().orElseThrow();
        Instant warnAt = round.warnAt().orElseThrow();
        if (now.isBefore(warnAt) && warnAt.isBefore(next)) next = warnAt;
        if (!round.isLastPhase()) {
            Instant phaseEnd = round.phaseEndsAt().orElseThrow();
            if (now.isBefore(phaseEnd) && phaseEnd.isBefore(next)) next = phaseEnd;
        }
        wakeups.schedule(TOPIC, subject(round), next);
    }

    /**
     * After the last turn or on stop: the card says so, a closing message names the next meeting, and those present get
     * the pulse.
     */
    void close(GroupPeople people, Round round, RoundStatus how, Instant now) {
        Round ended = round.ended(how);
        apply(people, ended, now);
        post(people, ended, "closing", messages.closing(people,
                people.group().booking().flatMap((StandingBooking b) -> b.nextAfter(now.plus(java.time.Duration.ofHours(12))))));
        afterMeeting.closed(people.group().workspace(), ended.order(), now);
    }
}
