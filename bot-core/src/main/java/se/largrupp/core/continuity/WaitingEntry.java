package se.largrupp.core.continuity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;

/**
 * A leader who takes part and has no group, since when (their place in the queue), and when they were told so.
 *
 * @param toldAt when the leader got the waiting-list message (once per stay on the list)
 */
public record WaitingEntry(LeaderId leader, Instant since, Optional<Instant> toldAt) {
    public WaitingEntry {
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(toldAt, "toldAt");
    }

    public WaitingEntry told(Instant at) {
        return new WaitingEntry(leader, since, Optional.of(at));
    }
}
