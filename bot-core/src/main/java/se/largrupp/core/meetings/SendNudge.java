package se.largrupp.core.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;

/**
 * Sends a group's day-before or short nudge when it is due, then plans the next one. Woken late (after a restart),
 * it only nudges for a meeting that is still ahead; the idempotency key {@code nudge:<group>:<start>:<kind>} makes a
 * second run a no-op.
 */
public final class SendNudge implements Wakeups.Handler {
    public static final String TOPIC = "meetings.nudge";

    private final Transactions transactions;
    private final Groups groups;
    private final Leaders leaders;
    private final Meetings meetings;
    private final Outbox outbox;
    private final Wakeups wakeups;
    private final MeetingSettings settings;
    private final NudgeMessages messages;
    private final NextOpener opener;
    private final NoticeQuorum quorum;
    private final KeepGroupsAlive keepAlive;
    private final Clock clock;

    public SendNudge(Transactions transactions, Groups groups, Leaders leaders, Meetings meetings, Outbox outbox,
                     Wakeups wakeups, MeetingSettings settings, NudgeMessages messages, NextOpener opener,
                     NoticeQuorum quorum, KeepGroupsAlive keepAlive, Clock clock) {
        this.transactions = transactions;
        this.groups = groups;
        this.leaders = leaders;
        this.meetings = meetings;
        this.outbox = outbox;
        this.wakeups = wakeups;
        this.settings = settings;
        this.messages = messages;
        this.opener = opener;
        this.quorum = quorum;
        this.keepAlive = keepAlive;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void wake(String subject, Instant due) {
        GroupId id = WakeSubjects.group(subject);
        NudgeKind kind = NudgeKind.fromSlug(WakeSubjects.last(subject));
        transactions.inTransaction(() -> {
            Optional<Instant> next = run(id, kind);
            // the core's wake-ups change after the commit, so a Quartz worker never holds two connections at once
            if (next.isPresent()) wakeups.schedule(TOPIC, subject, next.get());
            else wakeups.cancel(TOPIC, subject); // the group lost its booking or is gone: no orphan wake-ups
        });
    }

    /** The occurrence a nudge of this kind is due for at {@code now}: the next start, once its nudge time has come. */
    public static Optional<ZonedDateTime> dueFor(StandingBooking booking, NudgeTimes times, NudgeKind kind, Instant now) {
        return booking.nextAfter(now).filter(start -> !start.toInstant().minus(times.before(kind)).isAfter(now));
    }

    public static String key(GroupId group, Instant start, NudgeKind kind) {
        return "nudge:" + group.value() + ":" + start + ":" + kind.slug();
    }

    /** Sends the nudge if due; returns when to wake next, or empty when the group needs no more nudges. */
    private Optional<Instant> run(GroupId id, NudgeKind kind) {
        Optional<LearningGroup> found = groups.find(id).filter(PlanNudges::isNudged);
        if (found.isEmpty()) return Optional.empty();
        LearningGroup group = found.get();
        StandingBooking booking = group.booking().orElseThrow();
        NudgeTimes times = settings.nudgeTimes(group.workspace());
        Instant now = clock.instant();
        Optional<ZonedDateTime> due = dueFor(booking, times, kind, now);
        ZonedDateTime upcoming = due.orElseGet(() -> booking.nextAfter(now).orElseThrow());
        if (due.isPresent()) {
            send(group, kind, due.get());
            upcoming = booking.nextAfter(due.get().toInstant()).orElseThrow();
        }
        return Optional.of(upcoming.toInstant().minus(times.before(kind)));
    }

    private void send(LearningGroup group, NudgeKind kind, ZonedDateTime start) {
        Meeting meeting = meetings.find(group.id(), start.toInstant()).orElseGet(() -> Meeting.planned(group.id(), start.toInstant()));
        if (meeting.status() == MeetingStatus.SKIPPED) return;
        GroupPeople people = GroupPeople.load(group, leaders);
        var conversation = group.conversation().orElseThrow();
        var message = kind == NudgeKind.DAY_BEFORE
                ? messages.dayBefore(people, start, meeting, opener.of(people, start.toLocalDate()))
                : messages.shortly(people, start, meeting, settings.nudgeTimes(group.workspace()).shortly());
        outbox.add(OutgoingMessage.post(key(group.id(), start.toInstant(), kind), conversation, message).in(people.language()));
        quorum.check(people, meeting);
        if (kind == NudgeKind.DAY_BEFORE) keepAlive.check(people, start);
    }
}
