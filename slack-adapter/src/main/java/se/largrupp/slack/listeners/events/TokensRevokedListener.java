package se.largrupp.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.TokensRevokedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bot's token was revoked: Slack refuses further calls until a new SLACK_BOT_TOKEN is configured. */
public final class TokensRevokedListener implements BoltEventHandler<TokensRevokedEvent> {
    private static final Logger log = LoggerFactory.getLogger(TokensRevokedListener.class);

    @Override
    public Response apply(EventsApiPayload<TokensRevokedEvent> payload, EventContext ctx) {
        log.warn("Slack revoked Lärgrupp's tokens in workspace {}; set a new SLACK_BOT_TOKEN", payload.getTeamId());
        return ctx.ack();
    }
}
