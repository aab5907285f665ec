package se.largrupp.slack.listeners.events;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import se.largrupp.slack.Listeners;

/**
 * The Events API surface: one listener for every event the manifest subscribes to, because Bolt answers 404 to an
 * event without a handler and Slack then retries it.
 */
public final class EventsProvider {
    private EventsProvider() {}

    public static void register(App app, Listeners listeners) {
        app.event(AppHomeOpenedEvent.class, new AppHomeOpenedListener(listeners));
        app.event(MessageEvent.class, new DirectMessageListener(listeners));
        MessageSubtypeListener.registerAll(app);
        app.event(MemberJoinedChannelEvent.class, new MemberJoinedChannelListener());
        app.event(AppUninstalledEvent.class, new AppUninstalledListener());
        app.event(TokensRevokedEvent.class, new TokensRevokedListener());
    }
}
