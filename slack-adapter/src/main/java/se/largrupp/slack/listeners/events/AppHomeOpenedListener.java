package se.largrupp.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.slack.Listeners;

/** Opening the bot's Home tab: ack, then publish a fresh home view for that user. */
public final class AppHomeOpenedListener implements BoltEventHandler<AppHomeOpenedEvent> {
    private static final Logger log = LoggerFactory.getLogger(AppHomeOpenedListener.class);
    private final Listeners l;

    public AppHomeOpenedListener(Listeners listeners) {
        this.l = listeners;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (!"home".equals(event.getTab()) || !l.recent().firstTime("slack-event:" + payload.getEventId())) return ctx.ack();
        l.work().execute(() -> {
            try {
                l.home().publish(l.invocations().of(payload.getTeamId(), event.getUser(), null, null,
                        "slack-event:" + payload.getEventId()));
            } catch (RuntimeException e) {
                log.warn("app home failed: {}", e.toString());
            }
        });
        return ctx.ack();
    }
}
