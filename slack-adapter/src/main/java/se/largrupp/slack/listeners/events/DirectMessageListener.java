package se.largrupp.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.port.Message;
import se.largrupp.slack.Listeners;

/**
 * A direct message to the bot is a command, as after {@code /lärgrupp}. Messages in group channels are never read or
 * stored (what is said stays in the group); only {@code im} messages from people reach the core. A retried event
 * ({@code X-Slack-Retry-Num}) carries the same {@code event_id} and is applied once.
 */
public final class DirectMessageListener implements BoltEventHandler<MessageEvent> {
    private static final Logger log = LoggerFactory.getLogger(DirectMessageListener.class);
    private final Listeners l;

    public DirectMessageListener(Listeners listeners) {
        this.l = listeners;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent m = payload.getEvent();
        boolean fromPerson = m.getBotId() == null && m.getSubtype() == null && m.getUser() != null;
        String deliveryId = "slack-event:" + payload.getEventId();
        if (!"im".equals(m.getChannelType()) || !fromPerson || m.getText() == null || !l.recent().firstTime(deliveryId)) {
            return ctx.ack();
        }
        String team = m.getTeam() != null ? m.getTeam() : payload.getTeamId();
        l.work().execute(() -> {
            try {
                Invocation who = l.invocations().of(team, m.getUser(), null, m.getChannel(), deliveryId);
                Reply reply = l.commands().execute(who, m.getText().strip());
                // In a DM the caller and the conversation are the same person: post the answer there.
                if (reply instanceof Reply.Show show) {
                    l.replies().post(team, m.getChannel(), show.message());
                    l.replies().attachFiles(team, show.message(), m.getUser());
                }
                // A message has no trigger to open a modal with: offer a button, whose press has one.
                if (reply instanceof Reply.OpenJoinForm form) {
                    l.replies().post(team, m.getChannel(), Message.of(new Message.Block.Actions(List.of(new Message.Button("open_join_form",
                            l.texts().get(form.language(), "slack.join.open"), new Command.Join(Optional.empty(), Optional.empty(),
                            Optional.empty()).canonical(), Message.Style.PRIMARY)))));
                }
            } catch (RuntimeException e) {
                log.warn("direct message failed: {}", e.toString());
            }
        });
        return ctx.ack();
    }
}
