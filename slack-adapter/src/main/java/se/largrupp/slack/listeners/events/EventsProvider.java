package se.largrupp.slack.listeners.events;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import se.largrupp.slack.Listeners;

/**
 * The Events API surface: a listener for each event the app acts on or wants to hear of. Every other event type and
 * every {@code message} subtype (edits, bot posts, files, channel notices …) is acknowledged by Bolt itself, as
 * {@code SlackAdapter} configures it, so none is answered 404 and retried by Slack.
 */
public final class EventsProvider {
    private EventsProvider() {}

    public static void register(App app, Listeners listeners, java.util.function.Predicate<se.largrupp.core.leaders.LeaderId> isAdmin) {
        app.event(AppHomeOpenedEvent.class, new AppHomeOpenedListener(listeners));
        app.event(MessageEvent.class, new DirectMessageListener(listeners));
        app.event(com.slack.api.model.event.MessageFileShareEvent.class, new FileShareListener(listeners, isAdmin,
                new se.largrupp.slack.directory.SlackFiles(listeners.apis().tokens(), listeners.settings().apiUrl())));
        app.event(MemberJoinedChannelEvent.class, new MemberJoinedChannelListener());
        app.event(AppUninstalledEvent.class, new AppUninstalledListener(listeners.lifecycle()));
        app.event(TokensRevokedEvent.class, new TokensRevokedListener(listeners.lifecycle()));
        TeamAccessListener.register(app, listeners.lifecycle());
    }
}
