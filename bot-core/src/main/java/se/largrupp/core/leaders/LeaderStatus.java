package se.largrupp.core.leaders;

import java.time.LocalDate;
import java.util.Optional;

/** Whether a leader takes part now, sits out for a while, or has left the programme. */
public sealed interface LeaderStatus {
    record Active() implements LeaderStatus {}

    /** Sitting out; with a date the pause ends by itself on that day. */
    record Paused(Optional<LocalDate> until) implements LeaderStatus {}

    record Left() implements LeaderStatus {}

    /** Active on {@code today}: active, or paused with an end date already reached. */
    default boolean takesPartOn(LocalDate today) {
        if (this instanceof Active) return true;
        if (this instanceof Paused p) return p.until().map(u -> !today.isBefore(u)).orElse(false);
        return false;
    }

    static LeaderStatus active() {
        return new Active();
    }
}
