package se.largrupp.deploy.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.OutgoingMessages;

/**
 * The sandbox's chat platform: conversations and the bot's messages kept in memory and pushed to the page over
 * server-sent events. A message with an update key's earlier id replaces that message in place, as Slack's
 * {@code chat.update} would. Each person also has a direct conversation with the bot, {@code sandbox:demo:<id>}: the
 * address the core uses for a private message ({@code ConversationRef.direct}).
 */
public final class SandboxConversations implements OutgoingMessages, GroupConversations {
    /** A conversation and its members; {@code direct} ones have one member, the person talking to the bot. */
    record Conversation(ConversationRef ref, String name, Set<String> members, boolean direct, boolean archived) {}

    /** One message as the page shows it; {@code onlyFor} (a person id) limits who sees it. */
    record Posted(String id, ConversationRef conversation, Message message, Optional<String> onlyFor, long at) {}

    private final Map<String, Conversation> conversations = new LinkedHashMap<>();
    private final Map<String, List<Posted>> messages = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    // Platform ids outlive the process in the outbox's update targets: never reuse one after a restart.
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private final SandboxEvents events;
    private final Clock clock;

    public SandboxConversations(SandboxEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public static ConversationRef direct(String personId) {
        return ConversationRef.of(Platform.SANDBOX, DemoOrganisation.WORKSPACE.id() + ":" + personId);
    }

    /** Gives a person their direct conversation with the bot. */
    public synchronized void addPerson(String personId) {
        ConversationRef ref = direct(personId);
        conversations.putIfAbsent(ref.value(), new Conversation(ref, personId, Set.of(personId), true, false));
    }

    /** Makes a conversation known again after a restart (the group survives in the database, its chat does not). */
    public synchronized void restore(ConversationRef ref, String name, List<LeaderId> members) {
        conversations.putIfAbsent(ref.value(), new Conversation(ref, name, ids(members), false, false));
    }

    /** Made with nobody in it: the page shows a group's conversation only once its members are admitted. */
    @Override
    public synchronized ConversationRef create(Workspace workspace, String name, List<LeaderId> members) {
        ConversationRef ref = ConversationRef.of(Platform.SANDBOX, workspace.id() + ":" + name);
        conversations.putIfAbsent(ref.value(), new Conversation(ref, name, Set.of(), false, false));
        return ref;
    }

    @Override
    public synchronized void admit(ConversationRef ref, List<LeaderId> members) {
        Conversation c = conversation(ref);
        Set<String> all = new java.util.HashSet<>(c.members());
        all.addAll(ids(members));
        conversations.put(ref.value(), new Conversation(ref, c.name(), Set.copyOf(all), false, c.archived()));
        events.conversationsChanged(ids(members));
    }

    @Override
    public synchronized void archive(ConversationRef conversation) {
        Conversation c = conversations.get(conversation.value());
        if (c == null) return;
        conversations.put(c.ref().value(), new Conversation(c.ref(), c.name(), c.members(), false, true));
        events.conversationsChanged(c.members());
    }

    @Override
    public Delivery deliver(OutgoingMessage message, Optional<String> replacing) {
        Posted posted = post(message.conversation(), message.message(), message.onlyFor().map(LeaderId::user), replacing);
        return new Delivery.Delivered(posted.id());
    }

    /** Posts (or, with {@code replacing}, edits) a message and tells the people who can see it. */
    public Posted post(ConversationRef ref, Message message, Optional<String> onlyFor, Optional<String> replacing) {
        Posted posted;
        Set<String> audience;
        synchronized (this) {
            Conversation c = conversation(ref);
            List<Posted> list = messages.computeIfAbsent(ref.value(), k -> new ArrayList<>());
            int at = replacing.map(id -> indexOf(list, id)).orElse(-1);
            String id = at >= 0 ? list.get(at).id() : "m" + run + "-" + ids.incrementAndGet();
            posted = new Posted(id, ref, message, onlyFor, clock.millis());
            if (at >= 0) list.set(at, posted);
            else list.add(posted);
            audience = onlyFor.map(Set::of).orElse(c.members());
        }
        events.message(audience, posted);
        return posted;
    }

    /** The conversations a person can see: their own with the bot, and the groups they are in. */
    public synchronized List<Conversation> of(String personId) {
        List<Conversation> out = new ArrayList<>();
        out.add(conversation(direct(personId)));
        for (Conversation c : conversations.values())
            if (!c.direct() && c.members().contains(personId)) out.add(c);
        return out;
    }

    public synchronized List<Posted> messages(ConversationRef ref, String viewer) {
        return messages.getOrDefault(ref.value(), List.of()).stream()
                .filter(p -> p.onlyFor().map(viewer::equals).orElse(true)).toList();
    }

    public synchronized Optional<Conversation> find(ConversationRef ref) {
        return Optional.ofNullable(conversations.get(ref.value()));
    }

    // A conversation the sandbox does not know (its chat lives in memory) gets no members: nobody sees it.
    private Conversation conversation(ConversationRef ref) {
        return conversations.computeIfAbsent(ref.value(), k -> {
            String opaque = ref.opaque();
            return new Conversation(ref, opaque.substring(opaque.indexOf(':') + 1), Set.of(), false, false);
        });
    }

    private static int indexOf(List<Posted> list, String id) {
        for (int i = 0; i < list.size(); i++) if (list.get(i).id().equals(id)) return i;
        return -1;
    }

    private static Set<String> ids(List<LeaderId> members) {
        return Set.copyOf(members.stream().map(LeaderId::user).toList());
    }
}
