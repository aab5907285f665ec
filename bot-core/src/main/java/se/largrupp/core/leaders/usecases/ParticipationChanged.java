package se.largrupp.core.leaders.usecases;

import java.time.Instant;
import se.largrupp.core.leaders.LeaderId;

/**
 * Told, in the command's transaction, when a leader's taking part changed: they joined or came back, paused, resumed,
 * left or were erased. The continuity feature places newcomers and refills groups that shrank.
 */
@FunctionalInterface
public interface ParticipationChanged {
    void changed(LeaderId leader, Instant now);
}
