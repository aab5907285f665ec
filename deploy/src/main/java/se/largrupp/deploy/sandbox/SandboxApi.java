package se.largrupp.deploy.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.ConversationRef;

/**
 * The JSON API behind the sandbox page, under {@code /sandbox/api/}: who is who, the conversations a person sees,
 * typed commands and button presses (both run through the same {@link CommandService} as Slack and Teams), the
 * join form, the page's texts, the time scale, and the event stream.
 */
public final class SandboxApi extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DemoOrganisation organisation;
    private final SandboxConversations conversations;
    private final SandboxEvents events;
    private final CommandService commands;
    private final Predicate<LeaderId> inProgramme;
    private final TimeControl time;
    private final SandboxTexts texts = new SandboxTexts();

    public SandboxApi(DemoOrganisation organisation, SandboxConversations conversations, SandboxEvents events,
                      CommandService commands, Predicate<LeaderId> inProgramme, TimeControl time) {
        this.organisation = organisation;
        this.conversations = conversations;
        this.events = events;
        this.commands = commands;
        this.inProgramme = inProgramme;
        this.time = time;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Optional.ofNullable(req.getPathInfo()).orElse("/");
        switch (path) {
            case "/people" -> json(resp, organisation.people().stream().map(this::person).toList());
            case "/texts" -> json(resp, texts.all(language(req.getParameter("lang"))));
            case "/clock" -> json(resp, clock());
            case "/conversations" -> {
                Optional<Person> me = me(req.getParameter("me"), resp);
                if (me.isPresent()) json(resp, conversations.of(me.get().id()).stream().map(c -> conversation(c, me.get().id())).toList());
            }
            case "/events" -> {
                Optional<Person> me = me(req.getParameter("me"), resp);
                if (me.isEmpty()) return;
                resp.setContentType("text/event-stream; charset=utf-8");
                resp.setHeader("Cache-Control", "no-store");
                AsyncContext async = req.startAsync();
                async.setTimeout(0);
                events.listen(me.get().id(), async);
            }
            default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Integer> refused = SameOriginJson.refusal(req);
        if (refused.isPresent()) {
            resp.sendError(refused.get());
            return;
        }
        String path = Optional.ofNullable(req.getPathInfo()).orElse("/");
        JsonNode body;
        try {
            body = JSON.readTree(req.getInputStream());
        } catch (JsonProcessingException e) {
            body = null; // what was sent is not repeated, not even in the log
        }
        if (body == null || !body.isObject()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "a JSON object");
            return;
        }
        if (path.equals("/clock")) {
            JsonNode given = body.path("scale");
            double scale = given.isMissingNode() ? 1 : given.isNumber() ? given.doubleValue() : Double.NaN;
            if (!(scale >= 1 && scale <= 3600) || !time.setScale(scale)) {
                resp.setStatus(HttpServletResponse.SC_CONFLICT);
            } else {
                events.clockChanged(scale);
            }
            json(resp, clock());
            return;
        }
        Optional<Person> me = me(text(body, "me").orElse(null), resp);
        if (me.isEmpty()) return;
        ConversationRef where = text(body, "conversation").map(ConversationRef::new)
                .filter(r -> r.value().startsWith("sandbox:")).orElse(SandboxConversations.direct(me.get().id()));
        Invocation invocation = new Invocation(DemoOrganisation.leaderId(me.get().id()), me.get().name(),
                Optional.of(language(text(body, "lang").orElse(null))), where,
                text(body, "deliveryId").map(id -> "sandbox:" + id));
        Reply reply;
        switch (path) {
            case "/command" -> reply = commands.execute(invocation, mentions(text(body, "text").orElse("")));
            case "/button" -> reply = commands.execute(invocation, text(body, "text").orElse(""));
            case "/join" -> reply = commands.execute(invocation, new Command.Join(
                    text(body, "department"), text(body, "manager").map(m -> "<@" + m + ">"), Optional.empty()));
            default -> {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        json(resp, show(reply, where, me.get()));
    }

    private Map<String, Object> show(Reply reply, ConversationRef where, Person me) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (reply instanceof Reply.Show s) {
            Optional<String> onlyFor = s.visibility() == Reply.Visibility.CALLER ? Optional.of(me.id()) : Optional.empty();
            out.put("posted", view(conversations.post(where, s.message(), onlyFor, Optional.empty())));
        } else if (reply instanceof Reply.OpenJoinForm f) {
            out.put("form", "join");
            out.put("language", f.language().code());
            out.put("department", me.department());
            out.put("manager", me.manager().orElse(""));
        }
        return out;
    }

    static Map<String, Object> view(SandboxConversations.Posted p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("conversation", p.conversation().value());
        m.put("onlyFor", p.onlyFor().orElse(null));
        m.put("at", p.at());
        m.put("text", p.message().plainText());
        m.put("blocks", MessageView.of(p.message()));
        return m;
    }

    private Map<String, Object> person(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("department", p.department());
        m.put("manager", p.manager().orElse(null));
        m.put("language", p.language().code());
        m.put("admin", p.admin());
        m.put("inProgramme", inProgramme.test(DemoOrganisation.leaderId(p.id())));
        return m;
    }

    private Map<String, Object> conversation(SandboxConversations.Conversation c, String viewer) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", c.ref().value());
        m.put("name", c.name());
        m.put("direct", c.direct());
        m.put("archived", c.archived());
        m.put("members", List.copyOf(c.members()));
        m.put("messages", conversations.messages(c.ref(), viewer).stream().map(SandboxApi::view).toList());
        return m;
    }

    private Map<String, Object> clock() {
        return Map.of("scale", time.scale());
    }

    private Optional<Person> me(String id, HttpServletResponse resp) throws IOException {
        Optional<Person> p = Optional.ofNullable(id).flatMap(organisation::person);
        if (p.isEmpty()) resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "pick a person");
        return p;
    }

    /** As a chat platform does: "@anders", typed for someone of the organisation, becomes their mention. */
    private String mentions(String typed) {
        return MENTION.matcher(typed).replaceAll(m -> organisation.person(m.group(1)).isPresent()
                ? java.util.regex.Matcher.quoteReplacement("<@" + m.group(1) + ">") : java.util.regex.Matcher.quoteReplacement(m.group()));
    }

    private static final java.util.regex.Pattern MENTION = java.util.regex.Pattern.compile("(?<![<\\w])@([a-z]+)\\b");

    /** A text field of the body: absent, blank or not a string counts as not given. */
    private static Optional<String> text(JsonNode body, String field) {
        JsonNode v = body.path(field);
        return v.isTextual() ? Optional.of(v.asText().strip()).filter(t -> !t.isEmpty()) : Optional.empty();
    }

    private static Language language(String code) {
        return "en".equalsIgnoreCase(code) ? Language.EN : Language.SV;
    }

    private static void json(HttpServletResponse resp, Object body) throws IOException {
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write(JSON.writeValueAsString(body));
    }
}
