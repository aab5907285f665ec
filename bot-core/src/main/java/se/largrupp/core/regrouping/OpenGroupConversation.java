package se.largrupp.core.regrouping;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;

/**
 * Opens a newly formed group's conversation and welcomes its members there, one wake-up per group after the
 * regrouping committed. Platforms pace channel creation (Slack: about 20 a minute), so a programme of thirty groups
 * must not hold the admin's request and a database transaction while they are made; a failed attempt is tried again.
 */
final class OpenGroupConversation implements Wakeups.Handler {
    static final String TOPIC = "regroup.open";
    static final Duration RETRY = Duration.ofMinutes(1);
    /** A wake-up may run before the regrouping's transaction commits; a group still unknown this late was rolled back. */
    static final Duration UNSEEN_LIMIT = Duration.ofMinutes(5);
    private static final Duration NOT_YET_COMMITTED = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(OpenGroupConversation.class);

    private final Leaders leaders;
    private final Groups groups;
    private final Outbox outbox;
    private final Wakeups wakeups;
    private final GroupConversations conversations;
    private final RegroupMessages messages;
    private final Transactions transactions;
    private final Clock clock;

    OpenGroupConversation(Leaders leaders, Groups groups, Outbox outbox, Wakeups wakeups, GroupConversations conversations,
                          RegroupMessages messages, Transactions transactions, Clock clock) {
        this.leaders = leaders;
        this.groups = groups;
        this.outbox = outbox;
        this.wakeups = wakeups;
        this.conversations = conversations;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
    }

    static String subject(GroupId group) {
        return "group:" + group.value() + ":open";
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void wake(String subject, Instant due) {
        GroupId id = new GroupId(subject.substring("group:".length(), subject.length() - ":open".length()));
        Instant now = clock.instant();
        try {
            boolean unseen = transactions.inTransaction(() -> open(id));
            if (unseen && now.isBefore(due.plus(UNSEEN_LIMIT))) wakeups.schedule(TOPIC, subject, now.plus(NOT_YET_COMMITTED));
        } catch (RuntimeException e) {
            log.warn("Opening the conversation of group {} failed; trying again in {}", id, RETRY, e);
            wakeups.schedule(TOPIC, subject, now.plus(RETRY));
        }
    }

    /** @return whether the group is not (yet) stored */
    private boolean open(GroupId id) {
        Optional<LearningGroup> found = groups.find(id);
        if (found.isEmpty()) return true;
        LearningGroup group = found.get();
        if (!group.isActive() || group.conversation().isPresent()) return false;
        ConversationRef ref = conversations.open(group.workspace(), GroupNames.slug(group.name()), group.members());
        groups.save(group.withConversation(ref));
        List<Leader> people = group.members().stream().map(leaders::find).flatMap(Optional::stream).toList();
        outbox.add(OutgoingMessage.post("regroup:welcome:" + id.value(), ref,
                messages.welcome(Formats.groupLanguage(leaders, group), group.name(), people)));
        return false;
    }
}
