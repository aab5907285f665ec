package se.largrupp.slack.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a verified body is, decided before Bolt sees it. Bolt throws (a 500) on a broken body and logs a body it does
 * not recognise in full at WARN; here such a body gets a reason instead, which names the shape and never the content.
 */
public sealed interface PayloadShape {
    /** A body Bolt can parse and route: Events API JSON, an interactive {@code payload}, a slash command, ssl_check. */
    record ForBolt() implements PayloadShape {}

    /** Well-formed, but of a kind Bolt has no notion of ({@code app_rate_limited}, a type Slack may add): 200, nothing else. */
    record AckOnly(String kind) implements PayloadShape {}

    record Malformed(String reason) implements PayloadShape {}

    /** The {@code type}s of interactive payloads Bolt routes. */
    Set<String> INTERACTIVE = Set.of("block_actions", "block_suggestion", "shortcut", "message_action",
            "interactive_message", "dialog_submission", "dialog_suggestion", "dialog_cancellation", "view_submission",
            "view_closed", "workflow_step_edit");

    static PayloadShape of(String body) {
        String text = body.strip();
        if (text.isEmpty()) return new Malformed("empty body");
        if (text.charAt(0) == '{' || text.charAt(0) == '[') return eventsApi(text);
        Optional<Map<String, String>> form = FormFields.parse(text);
        if (form.isEmpty()) return new Malformed("not a well-formed form");
        Map<String, String> fields = form.get();
        if (fields.containsKey("payload")) return interactive(fields.get("payload"));
        if (fields.containsKey("command")) {
            return fields.get("command").isBlank() ? new Malformed("slash command without a command name") : new ForBolt();
        }
        if ("1".equals(fields.get("ssl_check"))) return new ForBolt();
        return new Malformed("form with neither payload, command nor ssl_check");
    }

    private static PayloadShape eventsApi(String text) {
        JsonObject json = object(text);
        if (json == null) return new Malformed("JSON body that is not one well-formed object");
        String type = string(json, "type");
        if (type == null) return new Malformed("JSON body without a type");
        switch (type) {
            case "event_callback" -> {
                JsonObject event = json.get("event") instanceof JsonObject o ? o : null;
                return event != null && string(event, "type") != null ? new ForBolt()
                        : new Malformed("event_callback without an event type");
            }
            case "url_verification" -> {
                return string(json, "challenge") != null ? new ForBolt() : new Malformed("url_verification without a challenge");
            }
            case "app_rate_limited" -> {
                return new AckOnly("app_rate_limited");
            }
            default -> {
                return new AckOnly("Events API body of an unknown type");
            }
        }
    }

    private static PayloadShape interactive(String payload) {
        JsonObject json = object(payload);
        if (json == null) return new Malformed("payload that is not one well-formed JSON object");
        String type = string(json, "type");
        if (type == null) return new Malformed("payload without a type");
        if (!INTERACTIVE.contains(type)) return new AckOnly("interactive payload of an unknown type");
        if (type.equals("view_submission") || type.equals("view_closed")) {
            JsonObject view = json.get("view") instanceof JsonObject o ? o : null;
            if (view == null || string(view, "type") == null) return new Malformed(type + " without a view");
        }
        if (type.equals("block_actions") && !(json.has("actions") && json.get("actions").isJsonArray())) {
            return new Malformed("block_actions without actions");
        }
        return new ForBolt();
    }

    private static JsonObject object(String text) {
        try {
            JsonElement parsed = JsonParser.parseString(text);
            return parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        } catch (JsonParseException | IllegalStateException e) {
            return null;
        }
    }

    private static String string(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? value.getAsString() : null;
    }
}
