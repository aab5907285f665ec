package se.largrupp.teams.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.orgchart.Directory;

/**
 * A Teams leader's department and manager chain from Microsoft Entra ID, in one call:
 * {@code GET v1.0/users/{id}?$select=department&$expand=manager($levels=max;$select=id,displayName,mail)&$count=true}
 * with {@code ConsistencyLevel: eventual} (Graph asks for both with {@code $levels=max}). Needs the application
 * permission {@code User.Read.All}. Leaders are keyed by their Entra object id, and so are the managers.
 */
public final class GraphDirectory implements Directory {
    private static final Logger log = LoggerFactory.getLogger(GraphDirectory.class);
    static final String QUERY = "?$select=department&$expand=manager($levels=max;$select=id,displayName,mail)&$count=true";
    private final GraphClient graph;
    private final String tenant;

    public GraphDirectory(GraphClient graph, String tenant) {
        this.graph = graph;
        this.tenant = tenant;
    }

    /** The tenant's directory, when Graph can be called at all. */
    public static Optional<Directory> of(GraphSettings settings, Clock clock) {
        if (!settings.usable()) return Optional.empty();
        return Optional.of(new GraphDirectory(GraphClient.of(settings, clock), settings.tenant().orElseThrow()));
    }

    @Override
    public boolean covers(Workspace workspace) {
        return workspace.platform() == Platform.TEAMS && workspace.id().equalsIgnoreCase(tenant);
    }

    @Override
    public Optional<Entry> lookup(LeaderId person) {
        // A leader known only by their Teams id (no Entra object id) cannot be looked up.
        if (person.user().contains("~")) return Optional.empty();
        GraphResponse r = graph.send("GET", "v1.0/users/" + GraphClient.segment(person.user()) + QUERY, null,
                Map.of("ConsistencyLevel", "eventual"));
        if (!r.ok()) {
            log.info("directory lookup failed: {}", r.reason());
            return Optional.empty();
        }
        return Optional.of(entry(person.workspace(), r.body()));
    }

    static Entry entry(Workspace ws, JsonNode user) {
        String department = user.path("department").asText("").strip();
        List<LeaderId> managers = new ArrayList<>();
        for (JsonNode m = user.path("manager"); m.hasNonNull("id") && managers.size() < 50; m = m.path("manager"))
            managers.add(new LeaderId(ws, m.get("id").asText()));
        return new Entry(department.isEmpty() ? Optional.empty() : Optional.of(department), managers);
    }
}
