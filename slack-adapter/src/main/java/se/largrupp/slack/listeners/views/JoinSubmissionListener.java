package se.largrupp.slack.listeners.views;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.slack.Listeners;
import se.largrupp.slack.blocks.BlockKit;
import se.largrupp.slack.join.JoinForm;

/**
 * The join form submitted. Field errors go back in the ack ({@code response_action: errors}) so Slack shows them under
 * the field; a valid form becomes {@code Command.Join} and the core's answer replaces the form.
 */
public final class JoinSubmissionListener implements ViewSubmissionHandler {
    private static final Logger log = LoggerFactory.getLogger(JoinSubmissionListener.class);
    private final Listeners l;

    public JoinSubmissionListener(Listeners listeners) {
        this.l = listeners;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        JoinForm.Submitted meta = JoinForm.Submitted.decode(p.getView().getPrivateMetadata());
        String user = p.getUser().getId();
        JoinForm.Result read = l.joinForm().read(p.getView().getState(), user, meta.language());
        if (read instanceof JoinForm.Result.Invalid invalid) return ctx.ackWithErrors(invalid.errors());
        var join = ((JoinForm.Result.Valid) read).join();
        String team = p.getTeam().getId();
        CompletableFuture<Invocation> who = CompletableFuture.supplyAsync(() -> l.invocations().of(team, user,
                p.getUser().getName(), meta.origin().channelId(), "slack-view:" + p.getView().getId()), l.work());
        CompletableFuture<Reply> work = who.thenApplyAsync(inv -> l.commands().execute(inv, join), l.work());
        work.thenAcceptBoth(who, (reply, inv) -> l.home().publish(inv));
        try {
            Reply reply = work.get(2300, TimeUnit.MILLISECONDS);
            if (reply instanceof Reply.Show show) {
                return ctx.ackWithUpdate(l.joinModal().done(join.language().orElse(meta.language()), BlockKit.render(show.message())));
            }
            return ctx.ack();
        } catch (TimeoutException slow) {
            work.thenAccept(reply -> {
                if (reply instanceof Reply.Show show) l.replies().show(team, show, meta.origin().responseUrl(), meta.origin().channelId(), user);
            });
            return ctx.ack();
        } catch (Exception e) {
            log.warn("join failed: {}", e.toString());
            return ctx.ack();
        }
    }
}
