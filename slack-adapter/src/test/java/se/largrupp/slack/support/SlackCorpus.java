package se.largrupp.slack.support;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project's own corpus of Slack payloads ({@code src/test/resources/slack-corpus/}), one file per payload,
 * modelled on payloads recorded from real Slack traffic: each says how Slack sends it, what the answer must be, and
 * which core commands and Web API calls it may cause. The response URL is {@code {{response_url}}}, pointed at the
 * stand-in when sent.
 */
public final class SlackCorpus {
    private static final String RESPONSE_URL = "{{response_url}}";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    public record Entry(String name, String about, String send, JsonObject expect, JsonElement body, String contentType) {
        public int status() {
            return expect.get("status").getAsInt();
        }

        public List<String> commands() {
            return strings("commands");
        }

        public List<String> api() {
            return strings("api");
        }

        /** The exact body of the answer, when it matters. */
        public Optional<String> answer() {
            return Optional.ofNullable(expect.get("body")).map(JsonElement::getAsString);
        }

        public Optional<String> answerContains() {
            return Optional.ofNullable(expect.get("contains")).map(JsonElement::getAsString);
        }

        public Optional<JsonElement> answerJson() {
            return Optional.ofNullable(expect.get("json"));
        }

        /** The body as Slack sends it. */
        public byte[] bytes(String responseUrl) {
            if (send.equals("base64")) return Base64.getDecoder().decode(body.getAsString());
            String json = body.isJsonPrimitive() ? body.getAsString() : GSON.toJson(body);
            String text = switch (send) {
                case "json", "raw" -> json.replace(RESPONSE_URL, responseUrl);
                case "payload" -> "payload=" + URLEncoder.encode(json.replace(RESPONSE_URL, responseUrl), StandardCharsets.UTF_8);
                case "form" -> form(body.getAsJsonObject(), responseUrl);
                default -> throw new IllegalArgumentException(name + ": unknown send " + send);
            };
            return text.getBytes(StandardCharsets.UTF_8);
        }

        /** The payload's type as Slack names it: an event type (with its subtype), an interactive type, a form kind. */
        public String type() {
            if (!body.isJsonObject()) return "malformed";
            JsonObject o = body.getAsJsonObject();
            if (send.equals("form")) return o.has("command") ? "slash_command" : "ssl_check";
            String type = o.get("type").getAsString();
            if (!type.equals("event_callback")) return type;
            JsonObject event = o.getAsJsonObject("event");
            return event.get("type").getAsString() + (event.has("subtype") ? "." + event.get("subtype").getAsString() : "");
        }

        private List<String> strings(String key) {
            List<String> out = new ArrayList<>();
            expect.getAsJsonArray(key).forEach(e -> out.add(e.getAsString()));
            return out;
        }

        @Override
        public String toString() {
            return name + " (" + about + ")";
        }
    }

    private SlackCorpus() {}

    public static List<Entry> all() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(SlackCorpus::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Entry named(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static Path directory() {
        try {
            return Path.of(SlackCorpus.class.getResource("/slack-corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Entry read(Path file) {
        try {
            JsonObject doc = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            String send = doc.get("send").getAsString();
            String contentType = doc.has("contentType") ? doc.get("contentType").getAsString()
                    : send.equals("json") ? "application/json" : "application/x-www-form-urlencoded";
            return new Entry(name, doc.get("about").getAsString(), send, doc.getAsJsonObject("expect"), doc.get("body"), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String form(JsonObject fields, String responseUrl) {
        Map<String, String> map = new LinkedHashMap<>();
        fields.entrySet().forEach(f -> map.put(f.getKey(), f.getValue().getAsString().replace(RESPONSE_URL, responseUrl)));
        return SlackHarness.form(map);
    }
}
