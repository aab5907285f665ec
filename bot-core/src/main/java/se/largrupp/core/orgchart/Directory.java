package se.largrupp.core.orgchart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/**
 * The platform's directory (Microsoft Entra ID through Graph; Slack profile fields): a person's department and
 * manager chain. A platform call: never inside a transaction.
 */
public interface Directory {
    /**
     * @param managers the reporting line from the direct manager upwards, as far as the directory tells it
     */
    record Entry(Optional<String> department, List<LeaderId> managers) {
        public Entry {
            Objects.requireNonNull(department, "department");
            managers = List.copyOf(managers);
        }
    }

    /** Whether this directory knows the workspace's people (its platform, and the access to ask). */
    boolean covers(Workspace workspace);

    /** What the directory says; empty when it has nothing, or cannot be asked now (asked again next time). */
    Optional<Entry> lookup(LeaderId person);
}
