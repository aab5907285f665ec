package se.largrupp.core.storage;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.GroupStatus;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;

/** Small builders for the storage tests. */
final class StorageFixtures {
    static final Workspace ACME = new Workspace(Platform.SLACK, "T0ACME");
    static final Workspace OTHER = new Workspace(Platform.TEAMS, "9f1c2d3e-tenant");
    static final Instant T0 = Instant.parse("2027-01-11T08:00:00Z");

    private StorageFixtures() {}

    static LeaderId id(String user) {
        return new LeaderId(ACME, user);
    }

    static Leader leader(String user, String name, Instant joined) {
        return new Leader(id(user), name, Optional.empty(), Optional.empty(), Optional.empty(),
                ZoneId.of("Europe/Stockholm"), LeaderStatus.active(), joined, List.of());
    }

    static Leader leader(LeaderId id, Instant joined) {
        return new Leader(id, "Leader " + id.user(), Optional.of("Ekonomi"), Optional.empty(), Optional.of(Language.SV),
                ZoneId.of("Europe/Stockholm"), LeaderStatus.active(), joined, List.of());
    }

    static LearningGroup group(String name, int generation, Instant created, LeaderId... members) {
        return new LearningGroup(GroupId.random(), ACME, name, generation, List.of(members), Optional.empty(),
                Optional.empty(), GroupStatus.ACTIVE, created, Optional.empty());
    }
}
