package se.largrupp.teams.support;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;

/**
 * The Bot Framework channel's signing keys, stood in: a locally generated RSA pair published as OpenID metadata by
 * the connector stand-in, with the SDK's metadata URL pointed there, so the SDK checks real JWTs offline.
 * {@link #close} points the SDK back at the real metadata.
 */
public final class ChannelTokens implements AutoCloseable {
    private final KeyPair keys;
    private final String originalMetadataUrl;

    private ChannelTokens(KeyPair keys, String originalMetadataUrl) {
        this.keys = keys;
        this.originalMetadataUrl = originalMetadataUrl;
    }

    public static ChannelTokens publishedBy(ConnectorStandIn connector) {
        KeyPair keys = newKeys();
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        connector.serve("/v1/.well-known/openidconfiguration", "{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\""
                + connector.base() + "/v1/.well-known/keys\"}");
        connector.serve("/v1/.well-known/keys", "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"channel-key\",\"n\":\""
                + b64(pub.getModulus()) + "\",\"e\":\"" + b64(pub.getPublicExponent()) + "\",\"endorsements\":[\"msteams\"]}]}");
        String original = ChannelValidation.getOpenIdMetaDataUrl();
        ChannelValidation.setOpenIdMetaDataUrl(connector.base() + "/v1/.well-known/openidconfiguration");
        return new ChannelTokens(keys, original);
    }

    /** A token as the channel issues it for a bot ({@code audience}) and the service URL of the activity it carries. */
    public String token(String audience, String serviceUrl) {
        return token(keys, audience, serviceUrl);
    }

    /** The same, signed with other keys: what a forger can make. */
    public static String token(KeyPair keys, String audience, String serviceUrl) {
        Instant now = Instant.now();
        return "Bearer " + JWT.create().withIssuer("https://api.botframework.com").withAudience(audience)
                .withKeyId("channel-key").withClaim("serviceurl", serviceUrl)
                .withIssuedAt(Date.from(now)).withNotBefore(Date.from(now.minusSeconds(60))).withExpiresAt(Date.from(now.plusSeconds(3600)))
                .sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));
    }

    public static KeyPair newKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        ChannelValidation.setOpenIdMetaDataUrl(originalMetadataUrl);
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
