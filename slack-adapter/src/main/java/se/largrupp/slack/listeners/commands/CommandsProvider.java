package se.largrupp.slack.listeners.commands;

import com.slack.api.bolt.App;
import se.largrupp.slack.Listeners;

/** The slash-command surface: every configured name ({@code /lärgrupp}, {@code /largrupp}) reaches the core. */
public final class CommandsProvider {
    private CommandsProvider() {}

    public static void register(App app, Listeners listeners) {
        LargruppCommandListener listener = new LargruppCommandListener(listeners);
        for (String name : listeners.settings().commandNames()) app.command(name, listener);
    }
}
