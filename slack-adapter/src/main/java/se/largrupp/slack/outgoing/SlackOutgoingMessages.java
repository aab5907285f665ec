package se.largrupp.slack.outgoing;

import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.block.LayoutBlock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.OutgoingMessages;
import se.largrupp.slack.SlackRefs;
import se.largrupp.slack.blocks.BlockKit;
import se.largrupp.slack.web.ApiResult;
import se.largrupp.slack.web.SlackApis;
import se.largrupp.slack.web.SlackWebApi;

/**
 * Delivers the outbox's messages: {@code chat.postMessage} for a new post, {@code chat.update} to edit the earlier
 * message with the same update key in place, {@code chat.postEphemeral} for a message meant for one member.
 * Slack's answer becomes the outbox's {@link Delivery}: 429 and passing faults are retried, a gone channel is parked.
 */
public final class SlackOutgoingMessages implements OutgoingMessages {
    /** Errors that another attempt will not fix. */
    static final Set<String> FOR_GOOD = Set.of(
            "channel_not_found", "not_in_channel", "is_archived", "channel_is_archived", "account_inactive",
            "invalid_auth", "not_authed", "token_revoked", "token_expired", "no_permission", "missing_scope",
            "user_not_in_channel", "user_not_found", "msg_too_long", "invalid_blocks", "invalid_blocks_format",
            "cant_update_message", "edit_window_closed", "restricted_action", "team_access_not_granted",
            "ekm_access_denied", "invalid_arguments", "no_text", "too_many_attachments", "not_allowed_token_type",
            SlackWebApi.NOT_INSTALLED);
    private static final Duration WAIT_AT_MOST = Duration.ofSeconds(2);

    private final SlackApis apis;

    public SlackOutgoingMessages(SlackApis apis) {
        this.apis = apis;
    }

    /** Slack's workspace-wide limits are per team. */
    @Override
    public String pacingKey(ConversationRef conversation) {
        return "slack:" + SlackRefs.teamOf(conversation);
    }

    @Override
    public Delivery deliver(OutgoingMessage message, Optional<String> replacing) {
        String channel = SlackRefs.channelOf(message.conversation());
        SlackWebApi api = apis.forTeam(SlackRefs.teamOf(message.conversation()));
        List<LayoutBlock> blocks = BlockKit.render(message.message());
        String text = BlockKit.fallbackText(message.message());
        Optional<String> only = message.onlyFor().map(l -> l.user());

        if (only.isPresent() && !SlackRefs.isUserDm(channel)) {
            ApiResult<com.slack.api.methods.response.chat.ChatPostEphemeralResponse> r = api.call("chat.postEphemeral",
                    Optional.of(channel), WAIT_AT_MOST,
                    c -> c.chatPostEphemeral(q -> q.channel(channel).user(only.get()).text(text).blocks(blocks)));
            return outcome(r, ok -> ok.getMessageTs());
        }
        if (replacing.isPresent()) {
            var r = api.call("chat.update", Optional.of(channel), WAIT_AT_MOST,
                    c -> c.chatUpdate(q -> q.channel(channel).ts(replacing.get()).text(text).blocks(blocks)));
            // A message deleted by someone cannot be edited: post it anew instead of losing the update.
            if (!(r instanceof ApiResult.Failed<?> f && "message_not_found".equals(f.error()))) {
                return outcome(r, ok -> replacing.get());
            }
        }
        var r = api.call("chat.postMessage", Optional.of(channel), WAIT_AT_MOST,
                c -> c.chatPostMessage(q -> q.channel(channel).text(text).blocks(blocks).unfurlLinks(false)));
        return outcome(r, ok -> ok.getTs());
    }

    private static <T extends SlackApiTextResponse> Delivery outcome(ApiResult<T> result, java.util.function.Function<T, String> id) {
        if (result instanceof ApiResult.Ok<T> ok) return new Delivery.Delivered(id.apply(ok.response()));
        if (result instanceof ApiResult.Limited<T> limited) return new Delivery.RetryLater(Optional.of(limited.retryAfter()), "rate limited");
        if (result instanceof ApiResult.Failed<T> failed) {
            return FOR_GOOD.contains(failed.error())
                    ? new Delivery.Rejected(failed.error())
                    : new Delivery.RetryLater(Optional.empty(), failed.error());
        }
        return new Delivery.RetryLater(Optional.empty(), result.describe());
    }
}
