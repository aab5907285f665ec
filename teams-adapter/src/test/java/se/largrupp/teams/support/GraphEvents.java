package se.largrupp.teams.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.largrupp.teams.support.GraphStandIn.Answer;
import se.largrupp.teams.support.GraphStandIn.Call;

/**
 * The organisers' calendars inside {@link GraphStandIn}, answering like Graph's event endpoints: {@code POST
 * /v1.0/users/{u}/events} (201, an id, a Teams join URL when {@code isOnlineMeeting}), {@code GET/PATCH/DELETE
 * …/events/{id}}, {@code POST …/events/{id}/cancel} (202; on an occurrence id it cancels that occurrence) and
 * {@code GET …/events/{id}/instances?startDateTime&endDateTime} for weekly series (times compared in the event's own
 * zone, as written; occurrence ids are {@code {series}_{yyyyMMdd}}).
 */
public final class GraphEvents {
    private static final Pattern EVENTS = Pattern.compile("/v1\\.0/users/([^/]+)/events");
    private static final Pattern EVENT = Pattern.compile("/v1\\.0/users/([^/]+)/events/([^/]+)(/cancel|/instances)?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Map<String, ObjectNode> byId = new LinkedHashMap<>();
    private final Map<String, String> mailboxOf = new LinkedHashMap<>();
    private final Map<String, Set<LocalDate>> cancelledOccurrences = new LinkedHashMap<>();
    private int ids;

    /** The events in {@code mailbox}'s calendar (cancelled series too, with {@code isCancelled: true}). */
    public synchronized List<JsonNode> of(String mailbox) {
        return byId.entrySet().stream().filter(e -> mailbox.equalsIgnoreCase(mailboxOf.get(e.getKey())))
                .map(e -> (JsonNode) e.getValue().deepCopy()).toList();
    }

    public synchronized Optional<JsonNode> get(String id) {
        return Optional.ofNullable(byId.get(id)).map(JsonNode::deepCopy);
    }

    /** The days of a series' occurrences that were cancelled one by one. */
    public synchronized Set<LocalDate> cancelledOccurrences(String seriesId) {
        return Set.copyOf(cancelledOccurrences.getOrDefault(seriesId, Set.of()));
    }

    synchronized Optional<Answer> answer(Call call) {
        Matcher all = EVENTS.matcher(call.path());
        if (all.matches() && call.method().equals("POST")) return Optional.of(create(all.group(1), call.body()));
        Matcher one = EVENT.matcher(call.path());
        if (!one.matches()) return Optional.empty();
        String id = one.group(2);
        String tail = one.group(3) == null ? "" : one.group(3);
        if (tail.equals("/cancel") && call.method().equals("POST")) return Optional.of(cancel(id));
        if (tail.equals("/instances") && call.method().equals("GET")) return Optional.of(instances(id, call.query()));
        ObjectNode event = byId.get(id);
        if (event == null || !tail.isEmpty()) return Optional.of(Answer.error(404, "ErrorItemNotFound"));
        return Optional.of(switch (call.method()) {
            case "GET" -> Answer.of(200, event.toString());
            case "PATCH" -> {
                call.body().fields().forEachRemaining(f -> event.set(f.getKey(), f.getValue().deepCopy()));
                yield Answer.of(200, event.toString());
            }
            case "DELETE" -> {
                byId.remove(id);
                yield new Answer(204, "", Map.of());
            }
            default -> Answer.error(405, "ErrorInvalidRequest");
        });
    }

    private Answer create(String mailbox, JsonNode body) {
        ObjectNode event = body.deepCopy();
        String id = "event-" + (++ids);
        event.put("id", id);
        event.put("type", event.has("recurrence") && !event.get("recurrence").isNull() ? "seriesMaster" : "singleInstance");
        event.set("organizer", GraphStandIn.object().set("emailAddress", GraphStandIn.object().put("address", mailbox)));
        if (event.path("isOnlineMeeting").asBoolean()) {
            event.set("onlineMeeting", GraphStandIn.object().put("joinUrl", "https://teams.microsoft.com/l/meetup-join/" + id));
        }
        byId.put(id, event);
        mailboxOf.put(id, mailbox);
        return Answer.of(201, event.toString());
    }

    private Answer cancel(String id) {
        int sep = id.lastIndexOf('_');
        if (byId.containsKey(id)) {
            byId.get(id).put("isCancelled", true);
            return new Answer(202, "", Map.of());
        }
        if (sep > 0 && byId.containsKey(id.substring(0, sep))) {
            String series = id.substring(0, sep);
            LocalDate day = LocalDate.parse(id.substring(sep + 1), DAY);
            if (occurrences(byId.get(series)).stream().noneMatch(t -> t.toLocalDate().equals(day)))
                return Answer.error(404, "ErrorItemNotFound");
            cancelledOccurrences.computeIfAbsent(series, k -> new LinkedHashSet<>()).add(day);
            return new Answer(202, "", Map.of());
        }
        return Answer.error(404, "ErrorItemNotFound");
    }

    private Answer instances(String id, Map<String, String> query) {
        ObjectNode event = byId.get(id);
        if (event == null) return Answer.error(404, "ErrorItemNotFound");
        if (!query.containsKey("startDateTime") || !query.containsKey("endDateTime"))
            return Answer.error(400, "ErrorInvalidParameter");
        LocalDateTime from = local(query.get("startDateTime"));
        LocalDateTime to = local(query.get("endDateTime"));
        LocalDateTime start = local(event.path("start").path("dateTime").asText());
        Duration length = Duration.between(start, local(event.path("end").path("dateTime").asText()));
        String zone = event.path("start").path("timeZone").asText("UTC");
        ArrayNode value = GraphStandIn.JSON.createArrayNode();
        for (LocalDateTime t : occurrences(event)) {
            if (t.isBefore(from) || !t.isBefore(to)) continue;
            if (cancelledOccurrences.getOrDefault(id, Set.of()).contains(t.toLocalDate())) continue;
            ObjectNode o = value.addObject();
            o.put("id", id + "_" + DAY.format(t)).put("seriesMasterId", id).put("type", "occurrence");
            o.set("start", GraphStandIn.object().put("dateTime", t.toString()).put("timeZone", zone));
            o.set("end", GraphStandIn.object().put("dateTime", t.plus(length).toString()).put("timeZone", zone));
        }
        return Answer.of(200, GraphStandIn.object().set("value", value).toString());
    }

    /** A weekly series' starts for two years (enough for any test), or the single start. */
    private static List<LocalDateTime> occurrences(JsonNode event) {
        LocalDateTime start = local(event.path("start").path("dateTime").asText());
        JsonNode pattern = event.path("recurrence").path("pattern");
        List<LocalDateTime> out = new ArrayList<>();
        if (!"weekly".equals(pattern.path("type").asText())) {
            out.add(start);
            return out;
        }
        int interval = Math.max(1, pattern.path("interval").asInt(1));
        for (LocalDateTime t = start; t.isBefore(start.plusYears(2)); t = t.plusWeeks(interval)) out.add(t);
        return out;
    }

    private static LocalDateTime local(String iso) {
        String s = iso.length() >= 19 ? iso.substring(0, 19) : iso;
        return LocalDateTime.parse(s);
    }
}
