package se.largrupp.core.pulse;

import java.time.Instant;
import java.util.List;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/** Told when a meeting's round closed, with who was present. */
@FunctionalInterface
public interface AfterMeeting {
    AfterMeeting NONE = (workspace, present, at) -> {};

    void closed(Workspace workspace, List<LeaderId> present, Instant at);
}
