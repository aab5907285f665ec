package se.largrupp.slack.listeners.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Language;
import se.largrupp.slack.Listeners;
import se.largrupp.slack.join.JoinForm;

/**
 * A button or select pressed anywhere (a channel message, a DM, App Home): acks at once, then runs the command in its
 * value for the presser. The core checks the presser's rights; a refusal comes back ephemeral to the presser only.
 */
public final class CommandButtonListener implements BlockActionHandler {
    private static final Logger log = LoggerFactory.getLogger(CommandButtonListener.class);
    private final Listeners l;

    public CommandButtonListener(Listeners listeners) {
        this.l = listeners;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        l.work().execute(() -> {
            try {
                handle(p);
            } catch (RuntimeException e) {
                log.warn("button failed: {}", e.toString());
            }
        });
        return ctx.ack();
    }

    private void handle(BlockActionPayload p) {
        if (p.getActions() == null || p.getTeam() == null || p.getUser() == null) return;
        String team = p.getTeam().getId();
        String user = p.getUser().getId();
        String channel = p.getChannel() == null ? null : p.getChannel().getId();
        boolean fromHome = p.getView() != null && "home".equals(p.getView().getType());
        for (BlockActionPayload.Action action : p.getActions()) {
            String command = action.getValue() != null ? action.getValue()
                    : action.getSelectedOption() != null ? action.getSelectedOption().getValue() : null;
            if (command == null) continue;
            if (se.largrupp.slack.blocks.ActionIds.tag(se.largrupp.slack.settings.SettingsModal.OPEN).equals(action.getActionId())) {
                // Only admins see the button; the core checks again when the form's changes arrive.
                Language lang = l.invocations().of(team, user, p.getUser().getName(), channel, null).platformLanguage().orElse(Language.SV);
                var r = l.apis().forTeam(team).call("views.open", Optional.empty(), Duration.ofSeconds(1),
                        c -> c.viewsOpen(q -> q.triggerId(p.getTriggerId()).view(l.settingsModal().view(lang))));
                if (r.ok().isEmpty()) log.warn("views.open failed: {}", r.describe());
                continue;
            }
            // One press is one delivery; Slack gives each interaction its own trigger id.
            String deliveryId = "slack-action:" + Optional.ofNullable(p.getTriggerId()).orElse(action.getActionTs() + ":" + user);
            Invocation who = l.invocations().of(team, user, p.getUser().getName(), channel, deliveryId);
            Reply reply = l.commands().execute(who, command);
            if (reply instanceof Reply.Show show) {
                l.replies().show(team, show, p.getResponseUrl(), channel, user);
                l.replies().attachFiles(team, show.message(), user);
            } else if (reply instanceof Reply.OpenJoinForm form) {
                var view = l.joinModal().view(form.language(), new JoinForm.Origin(channel, p.getResponseUrl()), form.departments(),
                        form.department(), form.manager().map(se.largrupp.core.leaders.LeaderId::user));
                var r = l.apis().forTeam(team).call("views.open", Optional.empty(), Duration.ofSeconds(1),
                        c -> c.viewsOpen(q -> q.triggerId(p.getTriggerId()).view(view)));
                if (r.ok().isEmpty()) log.warn("views.open failed: {}", r.describe());
            }
            if (fromHome) l.home().publish(who);
        }
    }
}
