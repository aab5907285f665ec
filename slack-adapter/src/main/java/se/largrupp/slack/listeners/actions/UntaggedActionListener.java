package se.largrupp.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import se.largrupp.slack.listeners.unused.Ignored;

/**
 * An action whose id this adapter did not tag is not one it offered, and is only acknowledged. One exception keeps
 * older buttons working: a message this bot posted before action ids were tagged (a nudge's RSVP buttons from
 * yesterday) names the bot, so its buttons still run their command.
 */
public final class UntaggedActionListener implements BlockActionHandler {
    private final BlockActionHandler ours;

    public UntaggedActionListener(BlockActionHandler ours) {
        this.ours = ours;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException, SlackApiException {
        var message = req.getPayload().getMessage();
        String botId = ctx.getAuthTestResponse() == null ? null : ctx.getAuthTestResponse().getBotId();
        if (message != null && botId != null && botId.equals(message.getBotId())) return ours.apply(req, ctx);
        return Ignored.answer(req);
    }
}
