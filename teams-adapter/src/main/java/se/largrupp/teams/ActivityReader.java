package se.largrupp.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads an activity body. The SDK's own date pattern needs a fraction of a second, which Teams leaves out when it is
 * zero ({@code 2026-12-01T10:00:18Z}); so the timestamps are read here, in any ISO-8601 form (no fraction or up to
 * nine digits, {@code Z} or an offset), and the rest goes to the SDK's model. A refusal says why in words that
 * never quote the body: the exception's type and the JSON path of the field.
 */
final class ActivityReader {
    /** A body that is not an activity: what to log (never its content). */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Configured as the SDK's own mapper is (it keeps its instance private, and its treeToValue hides failures). */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, true)
            .findAndAddModules()
            .build();
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private ActivityReader() {}

    static Activity read(byte[] body) throws Unreadable {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Unreadable(e.getClass().getSimpleName() + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw new Unreadable(e.getClass().getSimpleName());
        }
        if (!(tree instanceof ObjectNode object)) throw new Unreadable("the body is not a JSON object");
        OffsetDateTime timestamp = time(object, "timestamp");
        OffsetDateTime localTimestamp = time(object, "localTimestamp");
        OffsetDateTime expiration = time(object, "expiration");
        Activity activity;
        try {
            activity = JSON.treeToValue(object, Activity.class);
        } catch (JsonMappingException e) {
            throw new Unreadable(e.getClass().getSimpleName() + " at " + path(e));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new Unreadable(e.getClass().getSimpleName());
        }
        if (activity == null || activity.getType() == null || activity.getType().isBlank()) {
            throw new Unreadable("no activity type at $.type");
        }
        activity.setTimestamp(timestamp);
        activity.setLocalTimestamp(localTimestamp);
        if (expiration != null) activity.setExpiration(expiration.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        return activity;
    }

    /** Takes the field out of the tree (so the SDK never parses it) and reads it leniently. */
    private static OffsetDateTime time(ObjectNode object, String field) throws Unreadable {
        // The SDK's mapper matches names case-insensitively; so must the removal, or "Timestamp" slips through to it.
        JsonNode value = null;
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (name.equalsIgnoreCase(field)) value = object.remove(name);
        }
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw new Unreadable("not a timestamp at $." + field);
        try {
            var parsed = ISO.parseBest(value.asText().trim(), OffsetDateTime::from, java.time.LocalDateTime::from);
            // Teams always sends an offset; a bare local time is read as UTC rather than refused.
            return parsed instanceof OffsetDateTime o ? o : ((java.time.LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new Unreadable("DateTimeParseException at $." + field);
        }
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return "$" + path;
    }
}
