package se.largrupp.deploy.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.AsyncContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to the open sandbox pages. Each page listens as one person and gets only what that person
 * could see: messages in their conversations, and "conversations changed" when a group is opened or archived.
 */
public final class SandboxEvents {
    private record Listener(String personId, AsyncContext context) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();

    void listen(String personId, AsyncContext context) throws IOException {
        listeners.add(new Listener(personId, context));
        PrintWriter w = context.getResponse().getWriter();
        w.write("retry: 1000\n: hello\n\n");
        w.flush();
    }

    void message(Set<String> audience, SandboxConversations.Posted posted) {
        send(audience, "message", SandboxApi.view(posted));
    }

    void conversationsChanged(Set<String> audience) {
        send(audience, "conversations", Map.of());
    }

    /** For everyone: the time scale changed. */
    void clockChanged(double scale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("scale", scale);
        for (Listener l : listeners) write(l, "clock", data);
    }

    /** Keeps proxies from closing idle streams, and finds pages that went away. */
    public void heartbeat() {
        for (Listener l : listeners) write(l, null, null);
    }

    /** Ends every stream, so a graceful stop does not wait for pages that would never hang up. */
    public void closeAll() {
        for (Listener l : listeners) {
            listeners.remove(l);
            try {
                l.context().complete();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }

    private void send(Set<String> audience, String event, Object data) {
        for (Listener l : listeners) if (audience.contains(l.personId())) write(l, event, data);
    }

    private void write(Listener l, String event, Object data) {
        try {
            PrintWriter w = l.context().getResponse().getWriter();
            synchronized (l) {
                if (event == null) w.write(": ping\n\n");
                else w.write("event: " + event + "\ndata: " + JSON.writeValueAsString(data) + "\n\n");
                w.flush();
                if (w.checkError()) throw new IOException("closed");
            }
        } catch (IOException | IllegalStateException e) {
            listeners.remove(l);
            try {
                l.context().complete();
            } catch (RuntimeException ignored) {
                // already completed
            }
        }
    }
}
