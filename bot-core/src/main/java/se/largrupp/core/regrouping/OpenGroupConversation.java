package se.largrupp.core.regrouping;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.logging.Faults;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
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
 * must not hold the admin's request and a database transaction while they are made.
 *
 * <p>The steps are ordered so that people only ever see a conversation the core already knows: create it, store its
 * reference (a commit of its own), let the members in, and only then write the welcome. No platform call runs inside
 * a transaction. A failed attempt is tried again a minute later and resumes where the first stopped: the stored
 * reference is reused, the platform finds a conversation an interrupted attempt created, admitting twice is harmless,
 * and the welcome's idempotency key keeps it to one.
 */
final class OpenGroupConversation implements Wakeups.Handler {
    static final String TOPIC = "regroup.open";
    static final Duration RETRY = Duration.ofMinutes(1);
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

    static GroupId group(String subject) {
        return new GroupId(subject.substring("group:".length(), subject.length() - ":open".length()));
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void wake(String subject, Instant due) {
        GroupId id = group(subject);
        try {
            open(id);
        } catch (RuntimeException e) {
            log.warn("Opening the conversation of group {} failed ({}); trying again in {}", id, Faults.describe(e), RETRY);
            wakeups.schedule(TOPIC, subject, clock.instant().plus(RETRY));
        }
    }

    private void open(GroupId id) {
        // The wake-up was scheduled after the regrouping committed: a group not found here was never formed.
        Optional<LearningGroup> found = transactions.inTransaction(() -> groups.find(id)).filter(LearningGroup::isActive);
        if (found.isEmpty()) return;
        LearningGroup group = found.get();
        ConversationRef ref = group.conversation().isPresent() ? group.conversation().get()
                : remember(id, conversations.create(group.workspace(), new GroupConversations.Opening(GroupNames.slug(group.name()),
                        group.name(), Formats.groupLanguage(leaders, group), group.members())));
        conversations.admit(ref, group.members());
        transactions.inTransaction(() -> welcome(id, ref));
    }

    /** Stores the new conversation on the group before anybody is let in, so {@code start} works there at once. */
    private ConversationRef remember(GroupId id, ConversationRef created) {
        return transactions.inTransaction(() -> {
            LearningGroup group = groups.find(id).orElseThrow(() -> new IllegalStateException("group " + id + " vanished"));
            if (group.conversation().isPresent()) return group.conversation().get();
            groups.save(group.withConversation(created));
            return created;
        });
    }

    private void welcome(GroupId id, ConversationRef ref) {
        Optional<LearningGroup> found = groups.find(id).filter(LearningGroup::isActive);
        if (found.isEmpty()) return;
        LearningGroup group = found.get();
        List<Leader> people = group.members().stream().map(leaders::find).flatMap(Optional::stream).toList();
        Language lang = Formats.groupLanguage(leaders, group);
        outbox.add(OutgoingMessage.post("regroup:welcome:" + id.value(), ref, messages.welcome(lang, group.name(), people)).in(lang));
    }

    /** At start-up: a group formed just before a crash may have lost its wake-up; open whatever is still closed. */
    void resumeAll() {
        Instant now = clock.instant();
        for (LearningGroup g : groups.allActive())
            if (g.conversation().isEmpty()) wakeups.schedule(TOPIC, subject(g.id()), now);
    }
}
