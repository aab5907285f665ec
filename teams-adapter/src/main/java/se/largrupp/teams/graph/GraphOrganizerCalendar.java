package se.largrupp.teams.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.OrganizerCalendar;

/**
 * The organiser's calendar in Microsoft 365 ({@code GRAPH_CALENDAR_ORGANIZER}): each series is a recurring event of
 * that mailbox ({@code POST /v1.0/users/{organizer}/events}, application permission {@code Calendars.ReadWrite}) with
 * a Teams meeting ({@code isOnlineMeeting}, {@code teamsForBusiness}) and the members as attendees. A Teams member's
 * leader id is their Entra object id, which Graph turns into their address ({@code GET /v1.0/users/{id}}, needs
 * {@code User.Read.All}); a Slack member is found by the address Slack has for them ({@code $filter} on mail or UPN),
 * and whoever Graph does not find is left out (they keep the subscription link).
 */
public final class GraphOrganizerCalendar implements OrganizerCalendar {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private final GraphClient graph;
    private final String events;
    private final String tenant;
    private final Map<String, ObjectNode> addresses = new ConcurrentHashMap<>();
    private final Function<LeaderId, Optional<String>> otherAddresses;

    public GraphOrganizerCalendar(GraphClient graph, String organizer, String tenant) {
        this(graph, organizer, tenant, leader -> Optional.empty());
    }

    /**
     * @param otherAddresses the address another platform knows for a member (Slack's {@code users.info}); one that
     *                       Graph finds in the tenant makes them an attendee too
     */
    public GraphOrganizerCalendar(GraphClient graph, String organizer, String tenant,
                                  Function<LeaderId, Optional<String>> otherAddresses) {
        this.graph = graph;
        this.events = "v1.0/users/" + GraphClient.segment(organizer) + "/events";
        this.tenant = tenant;
        this.otherAddresses = otherAddresses;
    }

    @Override
    public Delivery create(Event event) {
        Attendees a = attendees(event);
        if (a.failure().isPresent()) return a.failure().get();
        ObjectNode body = body(event, a.list());
        body.put("transactionId", event.key()); // a retried create finds the event the first try made
        return graph.post(events, body).toDelivery();
    }

    @Override
    public Delivery update(String eventId, Event event) {
        Attendees a = attendees(event);
        if (a.failure().isPresent()) return a.failure().get();
        GraphResponse r = graph.patch(events + "/" + GraphClient.segment(eventId), body(event, a.list()));
        return r.ok() ? new Delivery.Delivered(eventId) : r.toDelivery();
    }

    @Override
    public Delivery cancelOccurrence(String eventId, ZonedDateTime start) {
        String window = "?startDateTime=" + start.minusHours(12).toInstant() + "&endDateTime=" + start.plusHours(12).toInstant();
        GraphResponse listed = graph.send("GET", events + "/" + GraphClient.segment(eventId) + "/instances" + window, null,
                Map.of("Prefer", "outlook.timezone=\"" + start.getZone().getId() + "\""));
        if (listed.notFound()) return new Delivery.Delivered(eventId); // the series is gone: nothing to cancel
        if (!listed.ok()) return listed.toDelivery();
        String wanted = LOCAL.format(start.toLocalDateTime()).substring(0, 16);
        for (JsonNode instance : listed.body().path("value")) {
            if (!instance.path("start").path("dateTime").asText().startsWith(wanted)) continue;
            GraphResponse cancelled = graph.post(events + "/" + GraphClient.segment(instance.path("id").asText()) + "/cancel",
                    JSON.createObjectNode().put("comment", ""));
            return cancelled.ok() || cancelled.notFound() ? new Delivery.Delivered(eventId) : cancelled.toDelivery();
        }
        return new Delivery.Delivered(eventId); // already cancelled
    }

    @Override
    public Delivery cancel(String eventId) {
        GraphResponse r = graph.post(events + "/" + GraphClient.segment(eventId) + "/cancel", JSON.createObjectNode().put("comment", ""));
        return r.ok() || r.notFound() ? new Delivery.Delivered(eventId) : r.toDelivery();
    }

    private ObjectNode body(Event e, ArrayNode attendees) {
        ObjectNode o = JSON.createObjectNode();
        String zone = e.start().getZone().getId();
        o.put("subject", e.subject());
        o.putObject("body").put("contentType", "text").put("content", e.body());
        o.putObject("start").put("dateTime", LOCAL.format(e.start().toLocalDateTime())).put("timeZone", zone);
        o.putObject("end").put("dateTime", LOCAL.format(e.start().plus(e.duration()).toLocalDateTime())).put("timeZone", zone);
        e.location().ifPresent(l -> o.putObject("location").put("displayName", l));
        ObjectNode recurrence = o.putObject("recurrence");
        recurrence.putObject("pattern").put("type", "weekly").put("interval", e.intervalWeeks()).put("firstDayOfWeek", "monday")
                .putArray("daysOfWeek").add(e.start().getDayOfWeek().name().toLowerCase(Locale.ROOT));
        ObjectNode range = recurrence.putObject("range").put("startDate", e.start().toLocalDate().toString()).put("recurrenceTimeZone", zone);
        if (e.lastDate().isPresent()) range.put("type", "endDate").put("endDate", e.lastDate().get().toString());
        else range.put("type", "noEnd");
        o.set("attendees", attendees);
        o.put("isOnlineMeeting", true).put("onlineMeetingProvider", "teamsForBusiness");
        o.put("allowNewTimeProposals", false);
        return o;
    }

    private record Attendees(ArrayNode list, Optional<Delivery> failure) {}

    private static final String SELECT = "$select=mail,userPrincipalName,displayName";

    /** A Teams member of the tenant by object id; another platform's member by the address it knows; else null. */
    private GraphResponse lookUp(LeaderId leader) {
        if (leader.workspace().platform() == Platform.TEAMS) {
            if (!leader.workspace().id().equalsIgnoreCase(tenant)) return null;
            return graph.get("v1.0/users/" + GraphClient.segment(leader.user()) + "?" + SELECT);
        }
        Optional<String> known = otherAddresses.apply(leader).filter(m -> m.matches("[^'\\s]+@[^'\\s]+"));
        if (known.isEmpty()) return null;
        String quoted = "'" + known.get() + "'"; // the pattern above keeps quotes out of the address
        String filter = String.join(" ", "mail", "eq", quoted, "or", "userPrincipalName", "eq", quoted); // OData
        return graph.get("v1.0/users?$filter=" + java.net.URLEncoder.encode(filter, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + "&" + SELECT);
    }

    /** The members' addresses; a member Graph does not know is left out, a passing failure stops the call. */
    private Attendees attendees(Event e) {
        ArrayNode list = JSON.createArrayNode();
        for (LeaderId leader : e.attendees()) {
            ObjectNode address = addresses.get(leader.key());
            if (address == null) {
                GraphResponse user = lookUp(leader);
                if (user == null || user.notFound()) continue;
                if (!user.ok()) return new Attendees(list, Optional.of(user.toDelivery()));
                JsonNode found = user.body().has("value") ? user.body().path("value").path(0) : user.body();
                String mail = found.path("mail").asText("");
                if (mail.isEmpty()) mail = found.path("userPrincipalName").asText("");
                if (mail.isEmpty()) continue;
                address = JSON.createObjectNode().put("address", mail).put("name", found.path("displayName").asText(""));
                addresses.put(leader.key(), address);
            }
            ObjectNode attendee = list.addObject();
            attendee.set("emailAddress", address.deepCopy());
            attendee.put("type", "required");
        }
        return new Attendees(list, Optional.empty());
    }
}
