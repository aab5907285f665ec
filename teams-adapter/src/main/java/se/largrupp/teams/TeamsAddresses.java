package se.largrupp.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sender's e-mail address and UPN, which {@code LARGRUPP_ADMINS} may name an admin by: an activity carries only the
 * Teams id and the Entra object id, so the connector's member lookup
 * ({@code GET {serviceUrl}v3/conversations/{team or conversation}/members/{user}}) is asked once per sender and
 * remembered for an hour. A failed lookup answers nothing and is asked again next time; it never holds up a command
 * for longer than the connector's short timeout.
 */
final class TeamsAddresses {
    private static final Logger log = LoggerFactory.getLogger(TeamsAddresses.class);
    private static final long TTL_NANOS = Duration.ofHours(1).toNanos();
    private static final int MAX_ENTRIES = 10_000;
    private final BotConnector connector;
    private final boolean on;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    private record Entry(List<String> addresses, long at) {}

    TeamsAddresses(BotConnector connector, boolean on) {
        this.connector = connector;
        this.on = on;
    }

    /** The turn with its sender's addresses, when lookups are on and the connector answers. */
    Turn complete(Turn turn) {
        if (!on || turn.memberId().isBlank()) return turn;
        String key = turn.conversation().tenantId() + "/" + turn.memberId();
        long now = System.nanoTime();
        Entry hit = cache.get(key);
        if (hit != null && now - hit.at() < TTL_NANOS) return turn.withAddresses(hit.addresses());
        BotConnector.Result r = connector.member(turn.conversation().serviceUrl(), turn.roster(), turn.memberId());
        if (!r.ok()) {
            log.info("member lookup for a sender failed: {}", r.reason());
            return turn;
        }
        List<String> found = addresses(r.body());
        if (cache.size() > MAX_ENTRIES) cache.clear();
        cache.put(key, new Entry(found, now));
        return turn.withAddresses(found);
    }

    static List<String> addresses(JsonNode member) {
        List<String> out = new ArrayList<>();
        for (String field : List.of("email", "userPrincipalName")) {
            String value = member.path(field).asText("").strip().toLowerCase(Locale.ROOT);
            if (value.contains("@") && !out.contains(value)) out.add(value);
        }
        return out;
    }
}
