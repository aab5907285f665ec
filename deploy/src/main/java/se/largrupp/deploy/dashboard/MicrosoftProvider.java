package se.largrupp.deploy.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;

/**
 * Sign in with Microsoft Entra ID (OpenID Connect, authorization code): {@code {GRAPH_LOGIN_URL}{tenant}/oauth2/v2.0/
 * authorize} and {@code …/token} with the bot's app id and password; the ID token is verified against
 * {@code …/discovery/v2.0/keys}. The person is {@code teams:<tid>:<oid>}, as {@code LARGRUPP_ADMINS} names Teams users.
 */
public final class MicrosoftProvider implements SignInProvider {
    private static final Logger log = LoggerFactory.getLogger(MicrosoftProvider.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final URI login;
    private final String tenant;
    private final String clientId;
    private final String secret;
    private final IdTokens tokens;

    /** @param tenant the single tenant, or {@code organizations} for any work account */
    public MicrosoftProvider(HttpClient http, URI loginUrl, String tenant, String clientId, String secret, Clock clock) {
        this.http = http;
        this.login = URI.create(loginUrl.toString().endsWith("/") ? loginUrl.toString() : loginUrl + "/");
        this.tenant = tenant;
        this.clientId = clientId;
        this.secret = secret;
        this.tokens = new IdTokens(http, login.resolve(tenant + "/discovery/v2.0/keys"), clock);
    }

    @Override
    public String key() {
        return "microsoft";
    }

    @Override
    public URI authorize(String state, String nonce, URI redirect) {
        return URI.create(login.resolve(tenant + "/oauth2/v2.0/authorize") + "?" + Forms.encode(Map.of("client_id", clientId,
                "response_type", "code", "response_mode", "query", "scope", SCOPES, "state", state, "nonce", nonce,
                "redirect_uri", redirect.toString())));
    }

    @Override
    public Optional<Identity> complete(String code, URI redirect, String nonce) {
        try {
            String form = Forms.encode(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirect.toString(),
                    "client_id", clientId, "client_secret", secret, "scope", SCOPES));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(login.resolve(tenant + "/oauth2/v2.0/token"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                log.atWarn().setMessage("entra token exchange refused").addKeyValue("status", r.statusCode()).log();
                return Optional.empty();
            }
            String idToken = JSON.readTree(r.body()).path("id_token").asText("");
            Optional<JsonNode> claims = tokens.verify(idToken, this::issuer, clientId, nonce);
            if (claims.isEmpty()) return Optional.empty();
            String tid = claims.get().path("tid").asText(""), oid = claims.get().path("oid").asText("");
            if (tid.isEmpty() || oid.isEmpty()) return Optional.empty();
            if (!tenant.equals("organizations") && !tenant.equals("common") && !tenant.equals(tid)) return Optional.empty();
            List<String> addresses = new ArrayList<>();
            for (String claim : List.of("email", "preferred_username"))
                if (claims.get().path(claim).asText("").contains("@")) addresses.add(claims.get().path(claim).asText());
            return Optional.of(new Identity(LeaderId.of(Platform.TEAMS, tid, oid), claims.get().path("name").asText(oid), addresses));
        } catch (java.io.IOException e) {
            log.atWarn().setMessage("entra sign-in failed").addKeyValue("error", e.getClass().getSimpleName()).log();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Entra's v2.0 issuer names the person's tenant: {@code https://login.microsoftonline.com/<tid>/v2.0}. */
    private boolean issuer(String iss) {
        return iss.startsWith(login.toString()) && iss.endsWith("/v2.0")
                && (tenant.equals("organizations") || tenant.equals("common") || iss.equals(login + tenant + "/v2.0"));
    }
}
