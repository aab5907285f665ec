package se.largrupp.core.insights;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.Meeting;

/**
 * What the figures are computed from: a workspace's leaders, its groups of every generation, their meeting
 * occurrences with the answers, the rounds that ran (who was present), and which groups their members started.
 * Only ids, states and times — nothing anyone said.
 */
public record History(Workspace workspace, List<Leader> leaders, List<LearningGroup> groups, Map<GroupId, List<Meeting>> meetings,
                      Map<GroupId, List<RoundHeld>> rounds, Set<GroupId> selfStarted) {
    public History {
        leaders = List.copyOf(leaders);
        groups = List.copyOf(groups);
        meetings = Map.copyOf(meetings);
        rounds = Map.copyOf(rounds);
        selfStarted = Set.copyOf(selfStarted);
    }

    /** A round that ran in a group's meeting, and who took part in it. */
    public record RoundHeld(Instant startedAt, List<LeaderId> present) {
        public RoundHeld {
            present = List.copyOf(present);
        }
    }

    public List<Meeting> meetingsOf(GroupId group) {
        return meetings.getOrDefault(group, List.of());
    }

    public List<RoundHeld> roundsOf(GroupId group) {
        return rounds.getOrDefault(group, List.of());
    }
}
