package se.largrupp.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MemberJoinedChannelEvent;

/**
 * Someone (or the bot) joined a channel. Group membership is the core's, set by regrouping, so joining a group channel
 * by hand changes nothing; the event is acknowledged so Slack does not retry it.
 */
public final class MemberJoinedChannelListener implements BoltEventHandler<MemberJoinedChannelEvent> {
    @Override
    public Response apply(EventsApiPayload<MemberJoinedChannelEvent> payload, EventContext ctx) {
        return ctx.ack();
    }
}
