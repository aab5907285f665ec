package se.largrupp.teams.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.orgchart.PeopleByEmail;

/**
 * E-mail addresses to Entra users for the command line's import into a Teams tenant: {@code GET v1.0/users/{address}}
 * (an address that is the UPN), else {@code GET v1.0/users?$filter=mail eq '{address}'}. The object id is the leader's
 * id, as in chat. Needs {@code User.Read.All}; a Graph fault stops the import rather than leave people out.
 */
public final class GraphPeopleByEmail implements PeopleByEmail {
    private final GraphClient graph;

    public GraphPeopleByEmail(GraphClient graph) {
        this.graph = graph;
    }

    public static Optional<PeopleByEmail> of(GraphSettings settings, Clock clock) {
        return settings.usable() ? Optional.of(new GraphPeopleByEmail(GraphClient.of(settings, clock))) : Optional.empty();
    }

    @Override
    public Map<String, Person> lookup(Workspace workspace, Collection<String> emails) {
        Map<String, Person> out = new HashMap<>();
        for (String raw : emails) {
            String email = raw.toLowerCase(Locale.ROOT);
            GraphResponse byUpn = graph.get("v1.0/users/" + GraphClient.segment(email) + "?$select=id,displayName");
            if (byUpn.ok()) {
                person(byUpn.body()).ifPresent(p -> out.put(email, p));
                continue;
            }
            if (!byUpn.notFound()) throw new IllegalStateException("Graph: " + byUpn.reason());
            String filter = URLEncoder.encode("mail eq '" + email.replace("'", "''") + "'", StandardCharsets.UTF_8).replace("+", "%20");
            GraphResponse byMail = graph.get("v1.0/users?$filter=" + filter + "&$select=id,displayName");
            if (!byMail.ok()) throw new IllegalStateException("Graph: " + byMail.reason());
            JsonNode first = byMail.body().path("value").path(0);
            person(first).ifPresent(p -> out.put(email, p));
        }
        return out;
    }

    private static Optional<Person> person(JsonNode user) {
        String id = user.path("id").asText("");
        return id.isBlank() ? Optional.empty() : Optional.of(new Person(id, user.path("displayName").asText(id)));
    }
}
