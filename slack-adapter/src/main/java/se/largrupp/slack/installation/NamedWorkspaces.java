package se.largrupp.slack.installation;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import se.largrupp.slack.http.FormFields;

/**
 * The workspaces ({@code T…}) and organisations ({@code E…}) a payload names: where it happened, whose user acts, and
 * which installation Slack addressed. A Slack Connect channel or an Enterprise Grid can bring payloads that name
 * another workspace than the installed one.
 */
public record NamedWorkspaces(Set<String> teams, Set<String> enterprises) {

    /** From a body as Bolt holds it: Events API JSON, an interactive {@code payload=} form, a slash command's form. */
    public static NamedWorkspaces in(String body) {
        JsonObject json = json(body);
        Set<String> teams = new LinkedHashSet<>();
        Set<String> enterprises = new LinkedHashSet<>();
        JsonObject team = object(json, "team");
        JsonObject user = object(json, "user");
        JsonObject event = object(json, "event");
        JsonObject authorization = firstAuthorization(json);
        add(teams, string(json, "team_id"), string(team, "id"), string(user, "team_id"), string(event, "team"),
                string(event, "user_team"), string(authorization, "team_id"));
        add(enterprises, string(json, "enterprise_id"), string(team, "enterprise_id"), string(object(json, "enterprise"), "id"),
                string(event, "enterprise_id"), string(authorization, "enterprise_id"));
        return new NamedWorkspaces(Set.copyOf(teams), Set.copyOf(enterprises));
    }

    /** Every workspace named is {@code team} and every organisation named is {@code enterprise} (null: none). */
    public boolean onlyOf(String team, String enterprise) {
        return teams.stream().allMatch(t -> t.equals(team)) && enterprises.stream().allMatch(e -> e.equals(enterprise));
    }

    private static JsonObject json(String body) {
        String text = body == null ? "" : body.strip();
        if (text.startsWith("{")) return parse(text);
        Map<String, String> fields = FormFields.parse(text).orElse(Map.of());
        if (fields.containsKey("payload")) return parse(fields.get("payload"));
        JsonObject flat = new JsonObject();
        fields.forEach(flat::addProperty);
        return flat;
    }

    private static JsonObject parse(String text) {
        try {
            JsonElement e = JsonParser.parseString(text);
            return e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            return new JsonObject();
        }
    }

    private static JsonObject firstAuthorization(JsonObject json) {
        JsonElement list = json.get("authorizations");
        if (list == null || !list.isJsonArray() || list.getAsJsonArray().isEmpty()) return null;
        JsonElement first = list.getAsJsonArray().get(0);
        return first.isJsonObject() ? first.getAsJsonObject() : null;
    }

    private static JsonObject object(JsonObject json, String name) {
        JsonElement e = json == null ? null : json.get(name);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    private static String string(JsonObject json, String name) {
        JsonElement e = json == null ? null : json.get(name);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private static void add(Set<String> into, String... ids) {
        for (String id : ids) if (id != null && !id.isBlank()) into.add(id);
    }
}
