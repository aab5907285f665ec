package se.largrupp.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageChannelJoinEvent;
import com.slack.api.model.event.MessageChannelLeaveEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageMeEvent;
import com.slack.api.model.event.MessageMetadataPostedEvent;
import com.slack.api.model.event.MessageRepliedEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import java.util.List;

/**
 * The {@code message.im} subscription also brings edits, deletions, bot posts, files and thread notices; Bolt routes
 * each subtype to its own class and answers 404 to one without a handler. None of them is a command, so they are
 * acknowledged and dropped.
 */
public final class MessageSubtypeListener<E extends Event> implements BoltEventHandler<E> {
    static final List<Class<? extends Event>> SUBTYPES = List.of(MessageBotEvent.class, MessageChangedEvent.class,
            MessageDeletedEvent.class, MessageFileShareEvent.class, MessageMeEvent.class, MessageRepliedEvent.class,
            MessageThreadBroadcastEvent.class, MessageChannelJoinEvent.class, MessageChannelLeaveEvent.class,
            MessageMetadataPostedEvent.class);

    @Override
    public Response apply(EventsApiPayload<E> payload, EventContext ctx) {
        return ctx.ack();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void registerAll(App app) {
        for (Class<? extends Event> type : SUBTYPES) app.event((Class) type, new MessageSubtypeListener<>());
    }
}
