package se.largrupp.slack.outgoing;

import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.methods.response.users.UsersConversationsResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.slack.SlackRefs;
import se.largrupp.slack.web.ApiResult;
import se.largrupp.slack.web.SlackApis;
import se.largrupp.slack.web.SlackWebApi;

/**
 * A group's own place in Slack: a private channel named after the group ({@code largrupp-2027v1-03}), created empty
 * (only the bot is in it) and then the members invited. Opening runs on a wake-up with no outbox behind it, so rate
 * limits are waited out here (within a patience) rather than handed back; a failure is a fault the opener retries.
 *
 * <p>A retry must not make a second channel: when the name is taken, the bot looks among its own private channels
 * for one of that name (one an interrupted attempt created) before trying the next suffix. Private channels are only
 * visible to their members, so any it finds is the bot's own.
 */
public final class SlackGroupConversations implements GroupConversations {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final int NAME_ATTEMPTS = 20;
    private static final int PAGE = 200;
    private final SlackApis apis;

    public SlackGroupConversations(SlackApis apis) {
        this.apis = apis;
    }

    @Override
    public ConversationRef create(Workspace workspace, String name, List<LeaderId> members) {
        String base = ChannelNames.slug(name);
        SlackWebApi api = apis.forTeam(workspace.id());
        // An organisation-wide token creates the channel in the workspace it is told.
        String team = api.teamForOrganisationToken().orElse(null);
        for (int attempt = 1; attempt <= NAME_ATTEMPTS; attempt++) {
            String candidate = ChannelNames.withSuffix(base, attempt);
            var created = api.callPatiently("conversations.create", Optional.empty(), PATIENCE,
                    c -> c.conversationsCreate(q -> q.name(candidate).isPrivate(true).teamId(team)));
            if (created instanceof ApiResult.Ok<ConversationsCreateResponse> ok) {
                return SlackRefs.conversation(workspace.id(), ok.response().getChannel().getId());
            }
            if (!(created instanceof ApiResult.Failed<?> f && "name_taken".equals(f.error()))) {
                throw new IllegalStateException("conversations.create " + candidate + ": " + created.describe());
            }
            Optional<String> ours = ownPrivateChannel(api, team, candidate);
            if (ours.isPresent()) return SlackRefs.conversation(workspace.id(), ours.get());
        }
        throw new IllegalStateException("no free channel name for " + base);
    }

    /** The bot's own unarchived private channel with exactly this name, if it has one. */
    private static Optional<String> ownPrivateChannel(SlackWebApi api, String team, String name) {
        String cursor = "";
        do {
            String page = cursor;
            var listed = api.callPatiently("users.conversations", Optional.empty(), PATIENCE,
                    c -> c.usersConversations(q -> q.types(List.of(ConversationType.PRIVATE_CHANNEL))
                            .excludeArchived(true).limit(PAGE).cursor(page.isEmpty() ? null : page).teamId(team)));
            if (!(listed instanceof ApiResult.Ok<UsersConversationsResponse> ok)) {
                throw new IllegalStateException("users.conversations: " + listed.describe());
            }
            for (Conversation c : ok.response().getChannels()) if (name.equals(c.getName())) return Optional.of(c.getId());
            var meta = ok.response().getResponseMetadata();
            cursor = meta == null || meta.getNextCursor() == null ? "" : meta.getNextCursor();
        } while (!cursor.isEmpty());
        return Optional.empty();
    }

    @Override
    public void admit(ConversationRef conversation, List<LeaderId> members) {
        List<String> users = members.stream().map(LeaderId::user).distinct().toList();
        if (users.isEmpty()) return;
        String channel = SlackRefs.channelOf(conversation);
        var invited = apis.forTeam(SlackRefs.teamOf(conversation)).callPatiently("conversations.invite", Optional.empty(), PATIENCE,
                c -> c.conversationsInvite(q -> q.channel(channel).users(users)));
        if (invited instanceof ApiResult.Ok<?>) return;
        if (invited instanceof ApiResult.Failed<?> f && "already_in_channel".equals(f.error())) return;
        throw new IllegalStateException("conversations.invite: " + invited.describe());
    }

    /**
     * Slack's redirect that opens the channel in the app or the browser (of the workspace the reader is signed in to,
     * which is the channel's), made from the reference alone.
     */
    @Override
    public Optional<String> link(ConversationRef conversation) {
        String channel = java.net.URLEncoder.encode(SlackRefs.channelOf(conversation), java.nio.charset.StandardCharsets.UTF_8);
        return Optional.of("https://slack.com/app_redirect?channel=" + channel);
    }

    @Override
    public void archive(ConversationRef conversation) {
        String channel = SlackRefs.channelOf(conversation);
        var archived = apis.forTeam(SlackRefs.teamOf(conversation)).callPatiently("conversations.archive", Optional.empty(), PATIENCE,
                c -> c.conversationsArchive(q -> q.channel(channel)));
        if (archived instanceof ApiResult.Failed<?> f && List.of("already_archived", "channel_not_found").contains(f.error())) return;
        if (!(archived instanceof ApiResult.Ok<?>)) throw new IllegalStateException("conversations.archive: " + archived.describe());
    }
}
