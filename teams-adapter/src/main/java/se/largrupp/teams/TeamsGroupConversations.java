package se.largrupp.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.Message;

/**
 * Each group's own conversation: by default a new thread in the programme's channel ({@code TEAMS_CHANNEL_ID}); with
 * {@code TEAMS_GROUP_CHAT=true} a group chat of the members. The thread's first post only names the group; the core's
 * welcome (ground rules, booking prompt) follows through the outbox into the returned reference.
 *
 * <p>Teams makes a conversation visible as it creates it (a thread is its first post, a group chat has its members),
 * and a bot cannot look a thread up again, so {@link #create} does all the work and {@link #admit} has nothing left
 * to do: the programme channel's members see every thread.
 */
final class TeamsGroupConversations implements GroupConversations {
    /** What the core puts before a group's name in a conversation's name ({@code largrupp-2027v1-03}). */
    private static final String SLUG_PREFIX = "largrupp-";
    private final Conversations conversations;
    private final TeamsSettings settings;
    private final Texts texts;
    private final Retrying retrying;

    TeamsGroupConversations(Conversations conversations, TeamsSettings settings, Texts texts, Retrying retrying) {
        this.conversations = conversations;
        this.settings = settings;
        this.texts = texts;
        this.retrying = retrying;
    }

    /** Without the group's own name and language: the name from the slug, in Swedish, the programme's language. */
    @Override
    public ConversationRef create(Workspace workspace, String name, List<LeaderId> members) {
        String groupName = name.startsWith(SLUG_PREFIX) ? name.substring(SLUG_PREFIX.length()) : name;
        return create(workspace, new Opening(name, groupName, Language.SV, members));
    }

    /** The first post (and a group chat's topic) names the group as people read it, in the group's language. */
    @Override
    public ConversationRef create(Workspace workspace, Opening opening) {
        String name = opening.slug();
        List<LeaderId> members = opening.members();
        String tenant = workspace.id();
        String serviceUrl = conversations.serviceUrl(tenant);
        String title = texts.get(opening.language(), "teams.thread.title", opening.groupName());
        ObjectNode firstPost = AdaptiveCards.activity(Message.of(new Message.Block.Heading(title),
                new Message.Block.Context(texts.get(opening.language(), "teams.thread.intro", opening.groupName()))),
                texts, opening.language());
        if (!settings.groupChat()) {
            String channel = settings.channelId().orElseThrow(() -> new IllegalStateException(
                    "TEAMS_CHANNEL_ID is not set: the bot cannot open a thread for group " + name));
            BotConnector.Result r = retrying.call(() -> conversations.channelThread(serviceUrl, tenant, channel, firstPost));
            String id = created(r, name);
            // The connector answers with the channel's id or the thread's; replies must go to the thread.
            if (!id.contains(";messageid=") && r.body().hasNonNull("activityId")) {
                id = id + ";messageid=" + r.body().get("activityId").asText();
            }
            return new TeamsConversation(id, serviceUrl, tenant, Optional.of(channel), "channel").ref();
        }
        List<String> ids = members.stream().map(TeamsUsers::memberId).toList();
        BotConnector.Result r = retrying.call(() -> conversations.groupChat(serviceUrl, tenant, title, ids, firstPost));
        return new TeamsConversation(created(r, name), serviceUrl, tenant, Optional.empty(), "groupChat").ref();
    }

    @Override
    public void admit(ConversationRef conversation, List<LeaderId> members) {
    }

    /**
     * Teams' deep link to the group's thread in the programme channel, or to its group chat: the personal message to
     * someone who joins a group carries it, since a bot cannot invite anybody into a thread.
     */
    @Override
    public Optional<String> link(ConversationRef conversation) {
        TeamsConversation c = TeamsConversation.of(conversation);
        int mark = c.id().indexOf(";messageid=");
        if (mark > 0) {
            String channel = encode(c.id().substring(0, mark)), message = encode(c.id().substring(mark + ";messageid=".length()));
            return Optional.of("https://teams.microsoft.com/l/message/" + channel + "/" + message + "?tenantId=" + encode(c.tenantId())
                    + "&parentMessageId=" + message);
        }
        if ("groupChat".equals(c.type())) return Optional.of("https://teams.microsoft.com/l/chat/" + encode(c.id()) + "/conversations");
        return Optional.empty();
    }

    private static String encode(String part) {
        return java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Teams has no archive a bot can trigger; the thread stays as history. */
    @Override
    public void archive(ConversationRef conversation) {
    }

    private static String created(BotConnector.Result r, String name) {
        if (!r.ok() || r.id().isEmpty()) {
            throw new IllegalStateException("Teams refused to open the conversation of group " + name + ": " + r.reason());
        }
        return r.id().get();
    }
}
