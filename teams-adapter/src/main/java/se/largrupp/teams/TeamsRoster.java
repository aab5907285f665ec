package se.largrupp.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.orgchart.PeopleByEmail;

/**
 * E-mail addresses to Teams users from the people the bot can see: the members of the programme's team
 * ({@code TEAMS_CHANNEL_ID}) or else of the conversation the file came in, read page by page with the connector's
 * {@code pagedmembers}. A member matches by e-mail or UPN; their Entra object id is their leader id.
 */
final class TeamsRoster implements PeopleByEmail {
    private final BotConnector connector;
    private final String serviceUrl;
    private final String roster;

    TeamsRoster(BotConnector connector, String serviceUrl, String roster) {
        this.connector = connector;
        this.serviceUrl = serviceUrl;
        this.roster = roster;
    }

    @Override
    public Map<String, Person> lookup(Workspace workspace, Collection<String> emails) {
        Set<String> wanted = emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Person> out = new HashMap<>();
        Optional<String> page = Optional.empty();
        for (int pages = 0; pages < 1_000; pages++) {
            BotConnector.Result r = connector.pagedMembers(serviceUrl, roster, page);
            if (!r.ok()) throw new IllegalStateException("the team's member list is not available: " + r.reason());
            for (JsonNode m : r.body().path("members")) {
                String id = m.path("aadObjectId").asText("");
                if (id.isBlank()) id = m.path("id").asText("").replace(':', '~');
                if (id.isBlank()) continue;
                for (String address : TeamsAddresses.addresses(m))
                    if (wanted.contains(address)) out.put(address, new Person(id, m.path("name").asText(id)));
            }
            String next = r.body().path("continuationToken").asText("");
            if (next.isBlank()) break;
            page = Optional.of(next);
        }
        return out;
    }
}
