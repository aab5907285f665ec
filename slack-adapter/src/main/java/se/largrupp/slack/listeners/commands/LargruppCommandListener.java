package se.largrupp.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;
import se.largrupp.slack.Listeners;

/**
 * {@code /lärgrupp <command>}: the core parses and runs the text. A quick answer rides on the ack (ephemeral for the
 * caller, {@code in_channel} for the conversation); one that takes longer than the ack budget is acked empty and
 * arrives later through {@code response_url}. The join form is opened right after the ack, while the trigger is fresh.
 */
public final class LargruppCommandListener implements SlashCommandHandler {
    private static final Logger log = LoggerFactory.getLogger(LargruppCommandListener.class);
    /** Slack waits 3 s; leave room for the way back. */
    static final Duration ACK_BUDGET = Duration.ofMillis(2300);
    private final Listeners l;

    public LargruppCommandListener(Listeners listeners) {
        this.l = listeners;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        // Slack sends an empty text= that Bolt turns into null.
        String text = p.getText() == null ? "" : p.getText().strip();
        String deliveryId = CommandDeliveries.of(req);
        CompletableFuture<Outcome> work = CompletableFuture.supplyAsync(() -> {
            Invocation who = l.invocations().of(p.getTeamId(), p.getUserId(), p.getUserName(), p.getChannelId(), deliveryId);
            return new Outcome(who, l.commands().execute(who, text));
        }, l.work());
        try {
            Outcome done = work.get(ACK_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
            if (done.reply() instanceof Reply.Show show) {
                l.work().execute(() -> l.replies().attachFiles(p.getTeamId(), show.message(), p.getUserId()));
                return ctx.ack(l.replies().asAck(show));
            }
            if (done.reply() instanceof Reply.OpenJoinForm form) openJoinForm(p, form);
            return ctx.ack();
        } catch (TimeoutException slow) {
            work.whenComplete((done, error) -> late(p, done, error));
            return ctx.ack();
        } catch (Exception e) {
            log.warn("command failed: {}", e.getClass().getSimpleName());
            Language lang = l.invocations().fallbackLanguage(p.getTeamId(), p.getUserId());
            return ctx.ack(l.replies().asAck((Reply.Show) Reply.toCaller(Message.text(l.texts().get(lang, "slack.error.failed")))));
        }
    }

    private void late(SlashCommandPayload p, Outcome done, Throwable error) {
        if (error != null) {
            log.warn("command failed after the ack: {}", error.toString());
            return;
        }
        if (done.reply() instanceof Reply.Show show) {
            l.replies().show(p.getTeamId(), show, p.getResponseUrl(), p.getChannelId(), p.getUserId());
            l.replies().attachFiles(p.getTeamId(), show.message(), p.getUserId());
        }
        if (done.reply() instanceof Reply.OpenJoinForm form) openJoinForm(p, form);
    }

    private void openJoinForm(SlashCommandPayload p, Reply.OpenJoinForm form) {
        // views.open off the ack path: the ack goes back at once, the modal follows within the trigger's 3 s.
        var view = l.joinModal().view(form.language(), new se.largrupp.slack.join.JoinForm.Origin(p.getChannelId(), p.getResponseUrl()),
                form.departments(), form.department(), form.manager().map(se.largrupp.core.leaders.LeaderId::user));
        l.work().execute(() -> {
            var r = l.apis().forTeam(p.getTeamId()).call("views.open", java.util.Optional.empty(), Duration.ofSeconds(1),
                    c -> c.viewsOpen(q -> q.triggerId(p.getTriggerId()).view(view)));
            if (r.ok().isEmpty()) log.warn("views.open failed: {}", r.describe());
        });
    }

    private record Outcome(Invocation who, Reply reply) {}
}
