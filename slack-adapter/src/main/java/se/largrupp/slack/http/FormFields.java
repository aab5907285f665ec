package se.largrupp.slack.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an {@code application/x-www-form-urlencoded} body the way Slack writes it: {@code name=value} pairs joined by
 * {@code &}, every {@code =} and {@code &} inside a value percent-encoded. The first occurrence of a name wins, as in
 * Bolt. Empty when the body is not such a form (a broken percent escape).
 */
public final class FormFields {
    private FormFields() {}

    public static Optional<Map<String, String>> parse(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            for (String pair : body.split("&")) {
                if (pair.isBlank()) continue;
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode((eq < 0 ? pair : pair.substring(0, eq)).strip(), StandardCharsets.UTF_8);
                String value = eq < 0 ? null : pair.substring(eq + 1);
                // A raw '=' in a value means the sender did not encode it; Bolt would not see that field at all.
                if (value != null && value.indexOf('=') >= 0) return Optional.empty();
                fields.putIfAbsent(name, value == null ? "" : URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException brokenEscape) {
            return Optional.empty();
        }
        return Optional.of(fields);
    }
}
