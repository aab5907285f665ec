package se.largrupp.core.meetings;

import java.time.Duration;
import java.util.Objects;

/** How long before a meeting's start each nudge goes out. */
public record NudgeTimes(Duration dayBefore, Duration shortly) {
    public static final NudgeTimes DEFAULT = new NudgeTimes(Duration.ofHours(24), Duration.ofMinutes(15));

    public NudgeTimes {
        Objects.requireNonNull(dayBefore, "dayBefore");
        Objects.requireNonNull(shortly, "shortly");
        if (shortly.isNegative() || dayBefore.compareTo(shortly) <= 0)
            throw new IllegalArgumentException("the day-before nudge must come before the short one");
        if (dayBefore.compareTo(Duration.ofDays(6)) > 0)
            throw new IllegalArgumentException("a nudge more than 6 days ahead would overlap the previous meeting");
    }

    public Duration before(NudgeKind kind) {
        return kind == NudgeKind.DAY_BEFORE ? dayBefore : shortly;
    }
}
