package se.largrupp.slack.outgoing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.slack.SlackRefs;
import se.largrupp.slack.web.ApiResult;
import se.largrupp.slack.web.SlackWebApi;

/**
 * A group's own place in Slack: a private channel named after the group ({@code largrupp-2027v1-03}), with its members
 * invited. Regrouping calls this synchronously, so rate limits are waited out here (within a patience) rather than
 * handed back; a failure is a fault the regrouping reports.
 */
public final class SlackGroupConversations implements GroupConversations {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final int NAME_ATTEMPTS = 20;
    private final SlackWebApi api;

    public SlackGroupConversations(SlackWebApi api) {
        this.api = api;
    }

    @Override
    public ConversationRef open(Workspace workspace, String name, List<LeaderId> members) {
        String base = ChannelNames.slug(name);
        String channel = null;
        for (int attempt = 1; attempt <= NAME_ATTEMPTS && channel == null; attempt++) {
            String candidate = ChannelNames.withSuffix(base, attempt);
            var created = api.callPatiently("conversations.create", Optional.empty(), PATIENCE,
                    c -> c.conversationsCreate(q -> q.name(candidate).isPrivate(true)));
            if (created instanceof ApiResult.Ok<com.slack.api.methods.response.conversations.ConversationsCreateResponse> ok) {
                channel = ok.response().getChannel().getId();
            } else if (!(created instanceof ApiResult.Failed<?> f && "name_taken".equals(f.error()))) {
                throw new IllegalStateException("conversations.create " + candidate + ": " + created.describe());
            }
        }
        if (channel == null) throw new IllegalStateException("no free channel name for " + base);
        List<String> users = members.stream().map(LeaderId::user).distinct().toList();
        if (!users.isEmpty()) {
            String id = channel;
            var invited = api.callPatiently("conversations.invite", Optional.empty(), PATIENCE,
                    c -> c.conversationsInvite(q -> q.channel(id).users(users)));
            if (invited instanceof ApiResult.Failed<?> f && !"already_in_channel".equals(f.error())) {
                throw new IllegalStateException("conversations.invite: " + f.error());
            } else if (!(invited instanceof ApiResult.Ok<?>) && !(invited instanceof ApiResult.Failed<?>)) {
                throw new IllegalStateException("conversations.invite: " + invited.describe());
            }
        }
        return SlackRefs.conversation(workspace.id(), channel);
    }

    @Override
    public void archive(ConversationRef conversation) {
        String channel = SlackRefs.channelOf(conversation);
        var archived = api.callPatiently("conversations.archive", Optional.empty(), PATIENCE,
                c -> c.conversationsArchive(q -> q.channel(channel)));
        if (archived instanceof ApiResult.Failed<?> f && List.of("already_archived", "channel_not_found").contains(f.error())) return;
        if (!(archived instanceof ApiResult.Ok<?>)) throw new IllegalStateException("conversations.archive: " + archived.describe());
    }
}
