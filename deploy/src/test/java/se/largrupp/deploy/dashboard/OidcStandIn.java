package se.largrupp.deploy.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Local OpenID Connect providers for the dashboard's tests, recording what they receive: Slack ({@code /api/} for
 * {@code SLACK_API_URL}: {@code openid.connect.token}, {@code openid.connect.userInfo}; {@code /openid/connect/authorize}
 * and {@code …/keys}) and Microsoft Entra ({@code /login/} for {@code GRAPH_LOGIN_URL}: {@code {tenant}/oauth2/v2.0/
 * authorize}, {@code …/token}, {@code …/discovery/v2.0/keys}). The authorize pages consent at once for {@link #next};
 * ID tokens are RS256-signed — genuinely, or forged, expired or for another audience, as the test asks.
 */
public final class OidcStandIn implements AutoCloseable {
    public enum Token { VALID, FORGED, EXPIRED, WRONG_AUDIENCE }

    /** Who consents next: a Slack team and user, or an Entra tenant and object id. */
    public record Person(String tenant, String user, String name, String email, Token token) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final KeyPair key = keys(), forger = keys();
    private final String clientId;
    private final Map<String, Person> byCode = new ConcurrentHashMap<>();
    private final Map<String, String> nonceByCode = new ConcurrentHashMap<>();
    private final Map<String, Person> byAccessToken = new ConcurrentHashMap<>();
    public final List<String> requests = new ArrayList<>();
    public final List<Map<String, String>> tokenForms = new ArrayList<>();
    public volatile Person next;

    public OidcStandIn(String clientId) throws IOException {
        this.clientId = clientId;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI slackApiUrl() { return URI.create(base() + "/api/"); }

    public URI loginUrl() { return URI.create(base() + "/login/"); }

    public String base() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    private static KeyPair keys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        requests.add(x.getRequestMethod() + " " + path);
        Map<String, String> query = form(x.getRequestURI().getRawQuery());
        Map<String, String> body = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = x.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) { // client credentials may come as HTTP Basic instead of in the form
            String[] pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            body.putIfAbsent("client_id", pair[0]);
            if (pair.length == 2) body.putIfAbsent("client_secret", pair[1]);
        }
        if (path.endsWith("/authorize")) {
            Person p = next;
            String code = "code-" + byCode.size();
            byCode.put(code, p);
            nonceByCode.put(code, query.getOrDefault("nonce", ""));
            String location = query.get("redirect_uri") + "?code=" + code + "&state=" + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Location", location);
            x.sendResponseHeaders(302, -1);
            x.close();
        } else if (path.endsWith("/keys")) {
            RSAPublicKey pub = (RSAPublicKey) key.getPublic();
            ObjectNode jwk = JSON.createObjectNode().put("kty", "RSA").put("kid", "k1").put("use", "sig").put("alg", "RS256")
                    .put("n", b64(unsigned(pub.getModulus()))).put("e", b64(unsigned(pub.getPublicExponent())));
            send(x, 200, JSON.createObjectNode().set("keys", JSON.createArrayNode().add(jwk)).toString());
        } else if (path.equals("/api/openid.connect.token")) {
            tokenForms.add(body);
            Person p = byCode.remove(body.getOrDefault("code", ""));
            if (p == null || !clientId.equals(body.get("client_id"))) { send(x, 200, "{\"ok\":false,\"error\":\"invalid_code\"}"); return; }
            String access = "xoxp-" + byAccessToken.size();
            byAccessToken.put(access, p);
            Map<String, Object> claims = new HashMap<>(Map.of("iss", "https://slack.com", "sub", p.user(),
                    "https://slack.com/user_id", p.user(), "https://slack.com/team_id", p.tenant(), "name", p.name()));
            send(x, 200, JSON.createObjectNode().put("ok", true).put("access_token", access).put("token_type", "Bearer")
                    .put("id_token", idToken(p, claims, nonceByCode.remove(body.getOrDefault("code", "")))).toString());
        } else if (path.equals("/api/openid.connect.userInfo")) {
            String auth = x.getRequestHeaders().getFirst("Authorization");
            String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : body.getOrDefault("token", "");
            Person p = byAccessToken.get(token);
            if (p == null) { send(x, 200, "{\"ok\":false,\"error\":\"invalid_auth\"}"); return; }
            send(x, 200, JSON.createObjectNode().put("ok", true).put("sub", p.user()).put("https://slack.com/user_id", p.user())
                    .put("https://slack.com/team_id", p.tenant()).put("name", p.name()).put("email", p.email()).toString());
        } else if (path.startsWith("/login/") && path.endsWith("/oauth2/v2.0/token")) {
            tokenForms.add(body);
            String code = body.getOrDefault("code", "");
            Person p = byCode.remove(code);
            if (p == null || !clientId.equals(body.get("client_id"))) { send(x, 400, "{\"error\":\"invalid_grant\"}"); return; }
            Map<String, Object> claims = new HashMap<>(Map.of("iss", loginUrl() + p.tenant() + "/v2.0", "sub", "pairwise-" + p.user(),
                    "oid", p.user(), "tid", p.tenant(), "name", p.name(), "preferred_username", p.email()));
            send(x, 200, JSON.createObjectNode().put("token_type", "Bearer").put("id_token", idToken(p, claims, nonceByCode.remove(code))).toString());
        } else {
            send(x, 404, "{}");
        }
    }

    private String idToken(Person p, Map<String, Object> claims, String nonce) {
        long now = Instant.now().getEpochSecond();
        claims.put("aud", p.token() == Token.WRONG_AUDIENCE ? "someone-else" : clientId);
        claims.put("iat", p.token() == Token.EXPIRED ? now - 7200 : now);
        claims.put("exp", p.token() == Token.EXPIRED ? now - 3600 : now + 3600);
        claims.put("nonce", nonce == null ? "" : nonce);
        try {
            String header = b64(JSON.writeValueAsBytes(Map.of("alg", "RS256", "kid", "k1", "typ", "JWT")));
            String payload = b64(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign((p.token() == Token.FORGED ? forger : key).getPrivate());
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(BigInteger n) {
        byte[] b = n.toByteArray();
        return b.length > 1 && b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
    }

    private static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) continue;
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void send(HttpExchange x, int status, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
