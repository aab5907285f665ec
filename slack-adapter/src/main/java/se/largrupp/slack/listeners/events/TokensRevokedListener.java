package se.largrupp.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.TokensRevokedEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.slack.installation.Lifecycle;

/**
 * The bot's token was revoked. With one configured token, Slack refuses further calls until a new SLACK_BOT_TOKEN is
 * configured. In the OAuth mode a revoked bot token is an uninstall; revoked user tokens concern no stored token.
 */
public final class TokensRevokedListener implements BoltEventHandler<TokensRevokedEvent> {
    private static final Logger log = LoggerFactory.getLogger(TokensRevokedListener.class);
    private final Optional<Lifecycle> lifecycle;

    public TokensRevokedListener(Optional<Lifecycle> lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public Response apply(EventsApiPayload<TokensRevokedEvent> payload, EventContext ctx) {
        if (lifecycle.isEmpty()) {
            log.warn("Slack revoked Lärgrupp's tokens in workspace {}; set a new SLACK_BOT_TOKEN", payload.getTeamId());
            return ctx.ack();
        }
        TokensRevokedEvent.Tokens tokens = payload.getEvent() == null ? null : payload.getEvent().getTokens();
        if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
            lifecycle.get().removed(Optional.ofNullable(payload.getEnterpriseId()), Optional.ofNullable(payload.getTeamId()),
                    AppUninstalledListener.enterpriseInstall(payload));
        }
        return ctx.ack();
    }
}
