package se.largrupp.core.continuity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import se.largrupp.core.groups.BookingChanged;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.regrouping.Placements;

/**
 * What the feature's use cases share: the core's ports (wake-ups already after-commit), the feature's store and
 * options, the engine's {@link Placements}, the admins of a workspace and who hears of a dissolved group.
 */
record Deps(Leaders leaders, Groups groups, Meetings meetings, Outbox outbox, Wakeups wakeups,
            GroupConversations conversations, Transactions transactions, Clock clock, ContinuityMessages messages,
            ContinuityOptions options, Function<Workspace, List<LeaderId>> admins, List<BookingChanged> bookingListeners) {

    ContinuityStore store() {
        return options.store();
    }

    /** The engine with the workspace's own manager depth. */
    Placements fitting(Workspace workspace) {
        return new Placements(options.engine(workspace));
    }

    Pool pool(Workspace workspace) {
        return Pool.load(leaders, groups, workspace, clock.instant());
    }

    /** The leader's own language, else Swedish (a private message has no platform locale to go by). */
    Language language(LeaderId id) {
        return leaders.find(id).flatMap(Leader::language).orElse(Language.SV);
    }

    /** A private message; the key must name the recipient (and anyone it names) so forget me finds it. */
    void tell(LeaderId to, String key, Message message) {
        outbox.add(new OutgoingMessage(key, ConversationRef.direct(to), message, java.util.Optional.empty(), java.util.Optional.of(to)));
    }

    /** A placement run for the workspace after the settling time: joins arriving together are placed together. */
    void placeSoon(Workspace workspace, Instant now) {
        if (options.mode(workspace) != PlacementMode.OFF)
            wakeups.schedule(PlaceNewcomers.TOPIC, PlaceNewcomers.subject(workspace), now.plus(options.settle()));
    }

    /** A placement run at a given moment (a pause that ends by itself), beside the settling one. */
    void placeAt(Workspace workspace, Instant at) {
        if (options.mode(workspace) != PlacementMode.OFF)
            wakeups.schedule(PlaceNewcomers.TOPIC, PlaceNewcomers.subject(workspace) + PlaceNewcomers.AT + at.toEpochMilli(), at);
    }

    static String newId() {
        return java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
