package se.largrupp.slack.listeners.views;

import com.slack.api.bolt.App;
import se.largrupp.slack.Listeners;
import se.largrupp.slack.join.JoinModal;
import se.largrupp.slack.settings.SettingsModal;

/** The modal surface: the join form. */
public final class ViewsProvider {
    private ViewsProvider() {}

    public static void register(App app, Listeners listeners) {
        app.viewSubmission(JoinModal.CALLBACK_ID, new JoinSubmissionListener(listeners));
        app.viewClosed(JoinModal.CALLBACK_ID, (req, ctx) -> ctx.ack());
        app.viewSubmission(SettingsModal.CALLBACK_ID, new SettingsSubmissionListener(listeners, listeners.settingsModal()));
        app.viewClosed(SettingsModal.CALLBACK_ID, (req, ctx) -> ctx.ack());
    }
}
