package se.largrupp.core.meetings.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.groups.CoMembership;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.MeetingStatus;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.OutgoingMessages;

/**
 * Real invites in an organiser's calendar, kept in step through the outbox. Every save of an invited group (booking,
 * members, dissolution) and every skipped meeting queues, in the same transaction, one {@code calendar-invite}
 * message for the group, keyed by the group's state, so an unchanged state queues nothing new. The sender hands those
 * messages to {@link #deliveries}, which runs {@link SyncInvites} instead of a platform: Graph's throttling is retried
 * like any delivery, and a failing Graph never holds up the chat. Wire with {@link #watch(Groups, Outbox)} and
 * {@link #watch(Meetings, Outbox)} around the repositories every feature uses.
 */
public final class CalendarInvites {
    static final String PREFIX = "calendar-invite:";
    private final Meetings meetings;
    private final Groups groups;
    private final Predicate<LearningGroup> invited;
    private final SyncInvites sync;
    private final Clock clock;

    CalendarInvites(Groups groups, Meetings meetings, Predicate<LearningGroup> invited, SyncInvites sync, Clock clock) {
        this.clock = clock;
        this.groups = groups;
        this.meetings = meetings;
        this.invited = invited;
        this.sync = sync;
    }

    /** The outbox's deliveries: calendar-invite messages synchronise the organiser's calendar, the rest go to the platforms. */
    public OutgoingMessages deliveries(OutgoingMessages platforms) {
        return new OutgoingMessages() {
            @Override
            public Delivery deliver(OutgoingMessage message, Optional<String> replacing) {
                String opaque = message.conversation().opaque();
                if (!opaque.startsWith(PREFIX)) return platforms.deliver(message, replacing);
                return sync.sync(new GroupId(opaque.substring(PREFIX.length())));
            }

            @Override
            public String pacingKey(ConversationRef conversation) {
                return conversation.opaque().startsWith(PREFIX) ? "graph" : platforms.pacingKey(conversation);
            }
        };
    }

    /** The groups repository, queuing an invite update into {@code outbox} on every save of an invited group. */
    public Groups watch(Groups inner, Outbox outbox) {
        return new Groups() {
            public Optional<LearningGroup> find(GroupId id) { return inner.find(id); }
            public void save(LearningGroup group) {
                inner.save(group);
                changed(group, outbox);
            }
            public Optional<LearningGroup> activeGroupOf(LeaderId leader) { return inner.activeGroupOf(leader); }
            public Optional<LearningGroup> byConversation(ConversationRef c) { return inner.byConversation(c); }
            public List<LearningGroup> active(Workspace workspace) { return inner.active(workspace); }
            public List<LearningGroup> allActive() { return inner.allActive(); }
            public int latestGeneration(Workspace workspace) { return inner.latestGeneration(workspace); }
            public List<CoMembership> history(Workspace workspace) { return inner.history(workspace); }
        };
    }

    /** The meetings repository, queuing an invite update into {@code outbox} when an occurrence is skipped. */
    public Meetings watch(Meetings inner, Outbox outbox) {
        return new Meetings() {
            public Optional<Meeting> find(GroupId group, Instant startsAt) { return inner.find(group, startsAt); }
            public void save(Meeting meeting) {
                inner.save(meeting);
                if (meeting.status() == MeetingStatus.SKIPPED) groups.find(meeting.group()).ifPresent(g -> changed(g, outbox));
            }
            public List<Meeting> ofGroup(GroupId group) { return inner.ofGroup(group); }
        };
    }

    private void changed(LearningGroup group, Outbox outbox) {
        if (!invited.test(group)) return;
        String state = String.join("|", group.booking().map(BookingCodec::write).orElse(""), group.status().name(),
                String.join(",", group.members().stream().map(LeaderId::key).sorted().toList()),
                String.join(",", meetings.ofGroup(group.id()).stream().filter(m -> m.status() == MeetingStatus.SKIPPED)
                        .map(m -> m.startsAt().toString()).sorted().toList()));
        ConversationRef ref = ConversationRef.of(group.workspace().platform(), PREFIX + group.id().value());
        // The state and the moment: a state that comes back later (a member leaves and returns) is queued again.
        outbox.add(OutgoingMessage.post(PREFIX + group.id().value() + ":" + sha256(state).substring(0, 32) + ":"
                + clock.instant().toEpochMilli(), ref,
                Message.of(new Message.Block.Context(group.id().value()))));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
