package se.largrupp.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import se.largrupp.core.Largrupp;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.GroupConversations;

/**
 * The core on in-memory ports and a fixed clock, for use-case tests and the adapters' protocol tests:
 * {@code TestCore t = TestCore.create(); t.commands().execute(t.invocation(anna), "join");}.
 */
public final class TestCore {
    public final MutableClock clock = MutableClock.standard();
    public final InMemoryLeaders leaders = new InMemoryLeaders(clock);
    public final InMemoryGroups groups = new InMemoryGroups();
    public final InMemoryMeetings meetings = new InMemoryMeetings();
    public final InMemoryAdmins admins = new InMemoryAdmins();
    public final InMemorySponsors sponsors = new InMemorySponsors();
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final DirectTransactions transactions = new DirectTransactions();
    public final InMemoryProcessedDeliveries deliveries = new InMemoryProcessedDeliveries();
    public final ManualWakeups wakeups = new ManualWakeups();
    public final RecordingConversations conversations = new RecordingConversations();
    public final Texts texts = new Texts();
    private Largrupp core;
    private int deliveryCounter;

    public static final Workspace WORKSPACE = new Workspace(Platform.SLACK, "T1");

    public static TestCore create() {
        return new TestCore();
    }

    /** A builder with every port set; add handlers or listeners, then {@link #build}. */
    public Largrupp.Builder builder() {
        return Largrupp.builder().leaders(leaders).groups(groups).meetings(meetings).admins(admins).sponsors(sponsors)
                .processedDeliveries(deliveries).transactions(transactions).outbox(outbox).wakeups(wakeups)
                .groupConversations(conversations).clock(clock).texts(texts);
    }

    public TestCore build(Consumer<Largrupp.Builder> customise) {
        Largrupp.Builder b = builder();
        customise.accept(b);
        core = b.build();
        core.wakeupHandlers().forEach(wakeups::register);
        return this;
    }

    public Largrupp core() {
        if (core == null) build(b -> {});
        return core;
    }

    public CommandService commands() {
        return core().commands();
    }

    public static LeaderId leaderId(String user) {
        return new LeaderId(WORKSPACE, user);
    }

    /** A private conversation with the bot, in Swedish unless the leader chose otherwise. */
    public Invocation invocation(LeaderId actor) {
        return invocation(actor, ConversationRef.of(actor.workspace().platform(), actor.workspace().id() + ":D-" + actor.user()));
    }

    public Invocation invocation(LeaderId actor, ConversationRef where) {
        return new Invocation(actor, actor.user(), Optional.empty(), where, Optional.of("delivery-" + (++deliveryCounter)));
    }

    public Invocation invocation(LeaderId actor, Language platformLanguage) {
        Invocation i = invocation(actor);
        return new Invocation(actor, actor.user(), Optional.of(platformLanguage), i.conversation(), i.deliveryId());
    }

    /** Stores an active leader, as if they had joined. */
    public Leader joined(String user) {
        Leader l = Leader.joining(leaderId(user), user, clock.instant());
        leaders.save(l);
        return l;
    }

    /** Stores an active group of the given (already joined) users with its own conversation. */
    public LearningGroup groupOf(String name, String... users) {
        List<LeaderId> members = new ArrayList<>();
        for (String u : users) members.add(leaderId(u));
        LearningGroup g = LearningGroup.formed(WORKSPACE, name, groups.latestGeneration(WORKSPACE) + 1, members, clock.instant())
                .withConversation(ConversationRef.of(Platform.SLACK, WORKSPACE.id() + ":C-" + name));
        groups.save(g);
        return g;
    }

    /**
     * A platform that keeps one conversation per name (as Slack finds its own channel again): {@code created} lists
     * each conversation once, {@code opened} those whose members were let in, in that order.
     */
    public static final class RecordingConversations implements GroupConversations {
        public final List<ConversationRef> created = new ArrayList<>();
        public final List<ConversationRef> opened = new ArrayList<>();
        public final List<ConversationRef> archived = new ArrayList<>();
        /** What the core told the platform about each new conversation: the group's name and language. */
        public final List<Opening> openings = new ArrayList<>();

        @Override
        public synchronized ConversationRef create(Workspace workspace, Opening opening) {
            openings.add(opening);
            return create(workspace, opening.slug(), opening.members());
        }
        /** Everyone let into each conversation, in the order they were admitted. */
        public final java.util.Map<ConversationRef, List<LeaderId>> admitted = new java.util.LinkedHashMap<>();

        @Override
        public synchronized ConversationRef create(Workspace workspace, String name, List<LeaderId> members) {
            ConversationRef ref = ConversationRef.of(workspace.platform(), workspace.id() + ":C-" + name);
            if (!created.contains(ref)) created.add(ref);
            return ref;
        }

        @Override
        public synchronized void admit(ConversationRef conversation, List<LeaderId> members) {
            if (!opened.contains(conversation)) opened.add(conversation);
            List<LeaderId> in = admitted.computeIfAbsent(conversation, c -> new ArrayList<>());
            members.stream().filter(m -> !in.contains(m)).forEach(in::add);
        }

        @Override
        public java.util.Optional<String> link(ConversationRef conversation) {
            return java.util.Optional.of("https://chat.example/" + conversation.opaque());
        }

        @Override
        public synchronized void archive(ConversationRef conversation) {
            archived.add(conversation);
        }
    }
}
