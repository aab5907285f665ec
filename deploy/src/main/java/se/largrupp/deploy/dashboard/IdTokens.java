package se.largrupp.deploy.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies an OpenID Connect ID token (RS256) against its provider's published keys (JWKS): the signature, the
 * issuer, the audience, the expiry and the nonce. Keys are cached and fetched again for an unknown key id. Never
 * logs a token, only why it was refused.
 */
public final class IdTokens {
    private static final Logger log = LoggerFactory.getLogger(IdTokens.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Duration SKEW = Duration.ofMinutes(2);
    private final HttpClient http;
    private final URI keys;
    private final Clock clock;
    private final Map<String, PublicKey> cache = new ConcurrentHashMap<>();

    public IdTokens(HttpClient http, URI keys, Clock clock) {
        this.http = http;
        this.keys = keys;
        this.clock = clock;
    }

    /** The token's claims when it is genuine and meant for {@code audience}, else empty. */
    public Optional<JsonNode> verify(String token, java.util.function.Predicate<String> issuer, String audience, String nonce) {
        try {
            String[] parts = token == null ? new String[0] : token.split("\\.");
            if (parts.length != 3) return refuse("not a JWT");
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            if (!"RS256".equals(header.path("alg").asText())) return refuse("algorithm " + header.path("alg").asText());
            String kid = header.path("kid").asText("");
            Optional<PublicKey> key = key(kid);
            if (key.isEmpty()) return refuse("unknown-key");
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key.get());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) return refuse("bad signature");
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (!issuer.test(claims.path("iss").asText())) return refuse("issuer");
            JsonNode aud = claims.path("aud");
            boolean forUs = aud.isArray() ? containsText(aud, audience) : audience.equals(aud.asText());
            if (!forUs) return refuse("audience");
            Instant now = clock.instant();
            if (!claims.path("exp").canConvertToLong() || Instant.ofEpochSecond(claims.path("exp").asLong()).plus(SKEW).isBefore(now))
                return refuse("expired");
            if (claims.has("iat") && Instant.ofEpochSecond(claims.path("iat").asLong()).minus(SKEW).isAfter(now)) return refuse("issued-later");
            if (!nonce.equals(claims.path("nonce").asText())) return refuse("nonce");
            return Optional.of(claims);
        } catch (Exception e) {
            return refuse(e.getClass().getSimpleName());
        }
    }

    private static boolean containsText(JsonNode array, String value) {
        for (JsonNode n : array) if (value.equals(n.asText())) return true;
        return false;
    }

    private Optional<PublicKey> key(String kid) throws Exception {
        PublicKey known = cache.get(kid);
        if (known != null) return Optional.of(known);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(keys).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) return Optional.empty();
        for (JsonNode k : JSON.readTree(r.body()).path("keys")) {
            if (!"RSA".equals(k.path("kty").asText())) continue;
            BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(k.path("n").asText()));
            BigInteger e = new BigInteger(1, Base64.getUrlDecoder().decode(k.path("e").asText()));
            cache.put(k.path("kid").asText(""), KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e)));
        }
        return Optional.ofNullable(cache.get(kid));
    }

    private static Optional<JsonNode> refuse(String why) {
        log.atWarn().setMessage("id token refused").addKeyValue("reason", why).log();
        return Optional.empty();
    }
}
