package se.largrupp.core.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import se.largrupp.core.groups.BookingChanged;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.port.Wakeups;

/**
 * Keeps one wake-up per group and nudge kind, at the nudge time of the group's next occurrence. The handler
 * ({@link SendNudge}) decides with the clock whether it is really due and plans the one after it.
 */
public final class PlanNudges implements MeetingSchedule, BookingChanged {
    private final Groups groups;
    private final Wakeups wakeups;
    private final MeetingSettings settings;
    private final Clock clock;

    public PlanNudges(Groups groups, Wakeups wakeups, MeetingSettings settings, Clock clock) {
        this.groups = groups;
        this.wakeups = wakeups;
        this.settings = settings;
        this.clock = clock;
    }

    /** At start-up: plan every active group (idempotent, a wake-up with the same subject is replaced). */
    public void planAll() {
        for (LearningGroup g : groups.allActive()) {
            try {
                plan(g);
            } catch (RuntimeException e) {
                // one broken group must not keep the others from their nudges
                org.slf4j.LoggerFactory.getLogger(PlanNudges.class).warn("could not plan nudges of group {}: {}", g.id(),
                        se.largrupp.core.logging.Faults.describe(e));
            }
        }
    }

    @Override
    public void rescheduled(GroupId group) {
        groups.find(group).ifPresentOrElse(this::plan, () -> removed(group));
    }

    /** The core's {@code schedule} (and leaving, dissolving) tell us here, inside their transaction. */
    @Override
    public void bookingChanged(LearningGroup group) {
        plan(group);
    }

    @Override
    public void removed(GroupId group) {
        wakeups.cancelAll(WakeSubjects.groupPrefix(group));
    }

    void plan(LearningGroup group) {
        if (!isNudged(group)) {
            for (NudgeKind kind : NudgeKind.values()) wakeups.cancel(SendNudge.TOPIC, WakeSubjects.nudge(group.id(), kind));
            if (!group.isActive()) removed(group.id());
            return;
        }
        Instant now = clock.instant();
        ZonedDateTime start = group.booking().orElseThrow().nextAfter(now).orElseThrow();
        NudgeTimes times = settings.nudgeTimes(group.workspace());
        for (NudgeKind kind : NudgeKind.values()) {
            Instant at = start.toInstant().minus(times.before(kind));
            // a nudge whose time has passed while the meeting is still ahead goes out at once
            wakeups.schedule(SendNudge.TOPIC, WakeSubjects.nudge(group.id(), kind), at.isBefore(now) ? now : at);
        }
    }

    static boolean isNudged(LearningGroup group) {
        return group.isActive() && group.booking().isPresent() && group.conversation().isPresent();
    }
}
