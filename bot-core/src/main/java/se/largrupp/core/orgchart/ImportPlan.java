package se.largrupp.core.orgchart;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/**
 * What an import would do, for the preview and then for Apply: who the file matched, who the workspace does not know,
 * how many managers resolved, and what changes for leaders already in the programme.
 */
public record ImportPlan(Workspace workspace, List<Match> matched, List<NotFound> notFound, int managersNamed,
                         int managersResolved, List<Change> changes, boolean hasSponsorColumn) {
    public ImportPlan {
        matched = List.copyOf(matched);
        notFound = List.copyOf(notFound);
        changes = List.copyOf(changes);
    }

    /** A row whose e-mail the platform knows. {@code inProgramme}: a leader who has not left. */
    public record Match(int line, String name, LeaderId id, Optional<String> department, Optional<LeaderId> manager,
                        Optional<ZoneId> zone, Optional<String> location, List<LeaderId> notWith, Optional<Boolean> sponsor,
                        boolean inProgramme) {
        public Match {
            notWith = List.copyOf(notWith);
        }
    }

    public record NotFound(int line, String email, String name) {}

    /** A leader's fact that Apply changes; values as the preview shows them (a manager by name). */
    public record Change(LeaderId leader, String name, Fact fact, String before, String after) {}

    public enum Fact { DEPARTMENT, MANAGER, TIMEZONE }

    /** Matched people not yet in the programme: Apply makes them invited. */
    public List<Match> toInvite() {
        return matched.stream().filter(m -> !m.inProgramme()).toList();
    }

    /** Sponsors the file names (the sponsor column's true). */
    public List<LeaderId> sponsors() {
        return matched.stream().filter(m -> m.sponsor().orElse(false)).map(Match::id).toList();
    }
}
