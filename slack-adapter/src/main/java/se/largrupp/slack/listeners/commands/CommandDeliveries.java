package se.largrupp.slack.listeners.commands;

import com.slack.api.app_backend.SlackSignature.HeaderNames;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The delivery id of a slash command, derived from what Slack signed: the body and its timestamp. Slack gives a
 * command no id of its own and {@code trigger_id} may be absent, so two different commands once shared
 * {@code slack-command:null} and the second was dropped; the same request delivered twice is the same bytes, and so
 * the same id, which the core applies once.
 */
final class CommandDeliveries {
    private CommandDeliveries() {}

    static String of(SlashCommandRequest req) {
        String timestamp = req.getHeaders() == null ? null : req.getHeaders().getFirstValue(HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((timestamp == null ? "" : timestamp).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            byte[] digest = sha.digest(req.getRequestBodyAsString().getBytes(StandardCharsets.UTF_8));
            return "slack-command:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
