package se.largrupp.deploy.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;

/**
 * Sign in with Slack: the authorize redirect ({@code openid profile email}, state and nonce), the code exchanged with
 * {@code openid.connect.token}, the person from {@code openid.connect.userInfo}, and the ID token's signature, issuer,
 * audience, expiry and nonce checked — its team and user must be the ones userInfo names.
 */
public final class SlackProvider implements SignInProvider {
    static final String ISSUER = "https://slack.com";
    private final Exchange slack;
    private final IdTokens tokens;

    /** What Slack said about the person who signed in, with the ID token to verify. */
    public record SignedIn(String idToken, String teamId, String userId, String name, Optional<String> email) {}

    /**
     * The Slack adapter's side (only the composition root knows adapters): the app's client id, the authorize page,
     * the keys, and the Web API exchange ({@code openid.connect.token} then {@code openid.connect.userInfo}).
     */
    public record Exchange(String clientId, URI authorizeUrl, URI keysUrl, java.util.function.BiFunction<String, URI, Optional<SignedIn>> exchange) {}

    public SlackProvider(Exchange slack, HttpClient http, Clock clock) {
        this.slack = slack;
        this.tokens = new IdTokens(http, slack.keysUrl(), clock);
    }

    @Override
    public String key() {
        return "slack";
    }

    @Override
    public URI authorize(String state, String nonce, URI redirect) {
        return URI.create(slack.authorizeUrl() + "?" + Forms.encode(java.util.Map.of("response_type", "code", "scope", SCOPES,
                "client_id", slack.clientId(), "state", state, "nonce", nonce, "redirect_uri", redirect.toString())));
    }

    @Override
    public Optional<Identity> complete(String code, URI redirect, String nonce) {
        Optional<SignedIn> in = slack.exchange().apply(code, redirect);
        if (in.isEmpty()) return Optional.empty();
        Optional<JsonNode> claims = tokens.verify(in.get().idToken(), ISSUER::equals, slack.clientId(), nonce);
        if (claims.isEmpty()) return Optional.empty();
        String team = claims.get().path("https://slack.com/team_id").asText();
        String user = claims.get().path("https://slack.com/user_id").asText(claims.get().path("sub").asText());
        if (!team.equals(in.get().teamId()) || !user.equals(in.get().userId())) return Optional.empty();
        return Optional.of(new Identity(LeaderId.of(Platform.SLACK, team, user), in.get().name(), in.get().email().map(List::of).orElse(List.of())));
    }
}
