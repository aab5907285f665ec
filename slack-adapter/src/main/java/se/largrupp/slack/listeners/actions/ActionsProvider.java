package se.largrupp.slack.listeners.actions;

import com.slack.api.bolt.App;
import se.largrupp.slack.Listeners;
import se.largrupp.slack.blocks.ActionIds;

/**
 * The interactivity surface for buttons and selects. Every one this adapter renders carries a core command in its
 * value and a tagged action id, so one listener takes them all; untagged actions are not ours.
 */
public final class ActionsProvider {
    private ActionsProvider() {}

    public static void register(App app, Listeners listeners) {
        CommandButtonListener ours = new CommandButtonListener(listeners);
        app.blockAction(ActionIds.OURS, ours);
        app.blockAction(ActionIds.OTHERS, new UntaggedActionListener(ours));
    }
}
