package se.largrupp.slack.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature, checked on the raw bytes before anything parses them: {@code v0=} and the hex
 * HMAC-SHA256 of {@code v0:<timestamp>:<body>} under the signing secret. Bytes, not a decoded string, so the JVM's
 * default charset cannot break Swedish payloads. The timestamp must lie within five minutes of now either way; a
 * window open to the future would let a captured request be replayed later.
 */
public final class RequestSignature {
    public static final Duration WINDOW = Duration.ofMinutes(5);
    private final SecretKeySpec key;
    private final Clock clock;

    public RequestSignature(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    /** The {@code X-Slack-Request-Timestamp} is present and close to now. */
    public boolean fresh(String timestamp) {
        if (timestamp == null) return false;
        try {
            long skew = Math.abs(clock.millis() / 1000 - Long.parseLong(timestamp.trim()));
            return skew <= WINDOW.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The {@code X-Slack-Signature} is the one Slack computes for this timestamp and body. */
    public boolean matches(String timestamp, byte[] body, String signature) {
        if (timestamp == null || signature == null || !signature.startsWith("v0=")) return false;
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.substring(3));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            // Constant time: how many leading bytes matched must not show in the answer's timing.
            return MessageDigest.isEqual(mac.doFinal(body), given);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
