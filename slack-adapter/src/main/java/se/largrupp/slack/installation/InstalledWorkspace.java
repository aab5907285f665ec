package se.largrupp.slack.installation;

import com.slack.api.methods.response.auth.AuthTestResponse;
import java.time.Duration;
import java.util.Optional;
import se.largrupp.slack.web.SlackWebApi;

/**
 * The one workspace (and organisation, in an Enterprise Grid) the bot token belongs to, as {@code auth.test} says.
 * Bolt's authorisation already asked for most requests; otherwise it is asked once and remembered.
 */
public final class InstalledWorkspace {
    public record Ids(String team, String enterprise) {}

    private final SlackWebApi api;
    private volatile Ids known;

    public InstalledWorkspace(SlackWebApi api) {
        this.api = api;
    }

    /** @param fromBolt the {@code auth.test} Bolt made for this request, or null */
    public Optional<Ids> ids(AuthTestResponse fromBolt) {
        if (fromBolt != null && fromBolt.isOk()) known = of(fromBolt);
        if (known == null) {
            api.call("auth.test", Optional.empty(), Duration.ofSeconds(1), c -> c.authTest(r -> r))
                    .ok().ifPresent(r -> known = of(r));
        }
        return Optional.ofNullable(known);
    }

    private static Ids of(AuthTestResponse r) {
        String enterprise = r.getEnterpriseId() == null || r.getEnterpriseId().isBlank() ? null : r.getEnterpriseId();
        return new Ids(r.getTeamId(), enterprise);
    }
}
