package se.largrupp.core.continuity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.logging.Faults;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;

/**
 * Lets someone who joined an existing group into its conversation, on a wake-up after the commit (a platform call
 * never runs inside a transaction). The subject starts with {@code group:<id>}, so a regrouping that dissolves the
 * group cancels it; a failed attempt is tried again a minute later, and admitting twice is harmless.
 */
final class AdmitNewcomer implements Wakeups.Handler {
    static final String TOPIC = "continuity.admit";
    static final Duration RETRY = Duration.ofMinutes(1);
    private static final String MARK = ":admit:";
    private static final Logger log = LoggerFactory.getLogger(AdmitNewcomer.class);

    private final Groups groups;
    private final GroupConversations conversations;
    private final Transactions transactions;
    private final Wakeups wakeups;
    private final Clock clock;

    AdmitNewcomer(Groups groups, GroupConversations conversations, Transactions transactions, Wakeups wakeups, Clock clock) {
        this.groups = groups;
        this.conversations = conversations;
        this.transactions = transactions;
        this.wakeups = wakeups;
        this.clock = clock;
    }

    static void later(Wakeups afterCommit, GroupId group, LeaderId leader, Instant at) {
        afterCommit.schedule(TOPIC, "group:" + group.value() + MARK + leader.key(), at);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void wake(String subject, Instant due) {
        int mark = subject.indexOf(MARK);
        GroupId id = new GroupId(subject.substring("group:".length(), mark));
        LeaderId leader = LeaderId.parse(subject.substring(mark + MARK.length()));
        Optional<LearningGroup> group = transactions.inTransaction(() -> groups.find(id))
                .filter(g -> g.isActive() && g.hasMember(leader) && g.conversation().isPresent());
        if (group.isEmpty()) return;
        try {
            conversations.admit(group.get().conversation().get(), List.of(leader));
        } catch (RuntimeException e) {
            log.warn("Letting a newcomer into the conversation of group {} failed ({}); trying again in {}", id,
                    Faults.describe(e), RETRY);
            wakeups.schedule(TOPIC, subject, clock.instant().plus(RETRY));
        }
    }
}
