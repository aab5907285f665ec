package se.largrupp.slack.signin;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.response.openid.connect.OpenIDConnectTokenResponse;
import com.slack.api.methods.response.openid.connect.OpenIDConnectUserInfoResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import se.largrupp.slack.web.ApiResult;
import se.largrupp.slack.web.RateLimiter;
import se.largrupp.slack.web.SlackWebApi;

/**
 * "Sign in with Slack" (OpenID Connect) on the Web API: {@code openid.connect.token} exchanges the code with the
 * app's client id and secret, {@code openid.connect.userInfo} names the person. Both through {@code SLACK_API_URL};
 * the authorize page and the keys live beside it ({@code https://slack.com/openid/connect/…}).
 */
public final class SlackOpenId {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SlackOpenId.class);
    private final SlackWebApi api;
    private final URI apiUrl;
    private final String clientId;
    private final String clientSecret;

    /** What Slack said about the person who signed in, with the ID token to verify. */
    public record SignedIn(String idToken, String teamId, String userId, String name, Optional<String> email) {}

    public SlackOpenId(URI apiUrl, String clientId, String clientSecret) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl.toString());
        this.api = SlackWebApi.withoutBotToken(Slack.getInstance(config), new RateLimiter());
        this.apiUrl = apiUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    public String clientId() {
        return clientId;
    }

    /** {@code https://slack.com/openid/connect/authorize} for the real Web API base {@code https://slack.com/api/}. */
    public URI authorizeUrl() {
        return apiUrl.resolve("../openid/connect/authorize");
    }

    public URI keysUrl() {
        return apiUrl.resolve("../openid/connect/keys");
    }

    public Optional<SignedIn> exchange(String code, URI redirect) {
        ApiResult<OpenIDConnectTokenResponse> token = api.callPatiently("openid.connect.token", Optional.empty(), Duration.ofSeconds(5),
                c -> c.openIDConnectToken(r -> r.clientId(clientId).clientSecret(clientSecret).code(code).redirectUri(redirect.toString())));
        if (!(token instanceof ApiResult.Ok<OpenIDConnectTokenResponse> ok) || ok.response().getAccessToken() == null) {
            log.atWarn().setMessage("slack sign-in: code exchange refused").addKeyValue("result", describe(token)).log();
            return Optional.empty();
        }
        String access = ok.response().getAccessToken();
        ApiResult<OpenIDConnectUserInfoResponse> info = api.callPatiently("openid.connect.userInfo", Optional.empty(), Duration.ofSeconds(5),
                c -> c.openIDConnectUserInfo(r -> r.token(access)));
        if (!(info instanceof ApiResult.Ok<OpenIDConnectUserInfoResponse> person)) {
            log.atWarn().setMessage("slack sign-in: userInfo refused").addKeyValue("result", describe(info)).log();
            return Optional.empty();
        }
        OpenIDConnectUserInfoResponse p = person.response();
        if (p.getTeamId() == null || p.getUserId() == null) return Optional.empty();
        return Optional.of(new SignedIn(ok.response().getIdToken(), p.getTeamId(), p.getUserId(),
                p.getName() == null ? p.getUserId() : p.getName(), Optional.ofNullable(p.getEmail())));
    }

    /** What went wrong, never a token: the result's kind and Slack's error code. */
    private static String describe(ApiResult<?> r) {
        return r instanceof ApiResult.Failed<?> f ? "failed:" + f.error() : r.getClass().getSimpleName();
    }
}
