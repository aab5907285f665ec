package se.largrupp.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app was removed from the workspace. From now on every delivery is refused by Slack ({@code invalid_auth}) and the
 * outbox parks it; the operator hears of it here.
 */
public final class AppUninstalledListener implements BoltEventHandler<AppUninstalledEvent> {
    private static final Logger log = LoggerFactory.getLogger(AppUninstalledListener.class);

    @Override
    public Response apply(EventsApiPayload<AppUninstalledEvent> payload, EventContext ctx) {
        log.warn("Lärgrupp was uninstalled from Slack workspace {}; messages to it will be parked", payload.getTeamId());
        return ctx.ack();
    }
}
