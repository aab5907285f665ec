package se.largrupp.slack.listeners.views;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.leaders.Language;
import se.largrupp.slack.Listeners;
import se.largrupp.slack.settings.SettingsModal;

/**
 * The settings form submitted: values that do not read go back in the ack, next to their fields; otherwise the form
 * closes and each change runs as the {@code settings} command would (the core checks the caller is an admin), and App
 * Home shows the new values.
 */
public final class SettingsSubmissionListener implements ViewSubmissionHandler {
    private static final Logger log = LoggerFactory.getLogger(SettingsSubmissionListener.class);
    private final Listeners l;
    private final SettingsModal modal;

    public SettingsSubmissionListener(Listeners listeners, SettingsModal modal) {
        this.l = listeners;
        this.modal = modal;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        Language lang = Language.fromLocaleTag(p.getView().getPrivateMetadata()).orElse(Language.SV);
        SettingsModal.Result read = modal.read(p.getView().getState(), lang);
        if (read instanceof SettingsModal.Result.Invalid invalid) return ctx.ackWithErrors(invalid.errors());
        String team = p.getTeam().getId();
        String user = p.getUser().getId();
        String view = p.getView().getId();
        l.work().execute(() -> {
            try {
                Invocation who = l.invocations().of(team, user, p.getUser().getName(), null, null);
                int n = 0;
                for (Command.Settings change : ((SettingsModal.Result.Valid) read).changes()) {
                    Invocation once = new Invocation(who.actor(), who.actorName(), who.platformLanguage(), who.conversation(),
                            java.util.Optional.of("slack-view:" + view + ":" + (n++)));
                    l.commands().execute(once, change);
                }
                l.home().publish(who);
            } catch (RuntimeException e) {
                log.warn("settings form failed: {}", e.toString());
            }
        });
        return ctx.ack();
    }
}
