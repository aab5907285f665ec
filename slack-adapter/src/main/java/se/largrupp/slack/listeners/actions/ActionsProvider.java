package se.largrupp.slack.listeners.actions;

import com.slack.api.bolt.App;
import java.util.regex.Pattern;
import se.largrupp.slack.Listeners;

/**
 * The interactivity surface for buttons and selects. Every one carries a core command in its value, so one listener
 * takes them all, whatever their action id.
 */
public final class ActionsProvider {
    private ActionsProvider() {}

    public static void register(App app, Listeners listeners) {
        app.blockAction(Pattern.compile(".*"), new CommandButtonListener(listeners));
    }
}
