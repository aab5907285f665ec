package se.largrupp.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.util.json.GsonFactory;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.port.Message;
import se.largrupp.slack.blocks.BlockKit;
import se.largrupp.slack.web.SlackApis;

/**
 * Shows the core's replies in Slack: in the ack of a slash command when the core was quick, otherwise through the
 * interaction's {@code response_url}, and where there is none (App Home, a modal) as a direct message.
 * Caller-only replies are ephemeral; conversation replies are {@code in_channel}.
 */
public final class SlackReplies {
    private static final Logger log = LoggerFactory.getLogger(SlackReplies.class);
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final Slack slack;
    private final SlackApis apis;
    private final SlackFiles files;

    public SlackReplies(Slack slack, SlackApis apis) {
        this.slack = slack;
        this.apis = apis;
        this.files = new SlackFiles(apis);
    }

    /**
     * The reply's attachments (the .ics of {@code calendar}) as files in the user's direct message, with the token of
     * the user's workspace; call off the ack path.
     */
    public void attachFiles(String team, Message message, String userId) {
        files.send(team, message, userId);
    }

    public static String responseType(Reply.Show show) {
        return show.visibility() == Reply.Visibility.CALLER ? "ephemeral" : "in_channel";
    }

    public SlashCommandResponse asAck(Reply.Show show) {
        return SlashCommandResponse.builder()
                .responseType(responseType(show))
                .text(BlockKit.fallbackText(show.message()))
                .blocks(BlockKit.render(show.message()))
                .build();
    }

    /**
     * @param responseUrl the interaction's response URL, or null
     * @param channel     where it happened, or null (then the user's direct message)
     */
    public void show(String team, Reply.Show show, String responseUrl, String channel, String userId) {
        if (responseUrl != null && !responseUrl.isBlank()) {
            ActionResponse body = ActionResponse.builder()
                    .responseType(responseType(show))
                    .replaceOriginal(false)
                    .text(BlockKit.fallbackText(show.message()))
                    .blocks(BlockKit.render(show.message()))
                    .build();
            try {
                var r = slack.send(responseUrl, GsonFactory.createSnakeCase().toJson(body));
                if (r.getCode() / 100 == 2) return;
                log.warn("response_url answered HTTP {}", r.getCode());
            } catch (Exception e) {
                log.warn("response_url failed: {}", e.toString());
            }
        }
        boolean toCallerOnly = show.visibility() == Reply.Visibility.CALLER;
        if (channel != null && !channel.isBlank() && !SlackRefs.isUserDm(channel)) {
            if (toCallerOnly) {
                postEphemeral(team, channel, userId, show.message());
            } else {
                post(team, channel, show.message());
            }
        } else {
            post(team, userId, show.message());
        }
    }

    public void post(String team, String channel, Message message) {
        var r = apis.forTeam(team).call("chat.postMessage", Optional.of(channel), WAIT, c -> c.chatPostMessage(q -> q.channel(channel)
                .text(BlockKit.fallbackText(message)).blocks(BlockKit.render(message)).unfurlLinks(false)));
        if (r.ok().isEmpty()) log.warn("chat.postMessage of a reply failed: {}", r.describe());
    }

    public void postEphemeral(String team, String channel, String user, Message message) {
        var r = apis.forTeam(team).call("chat.postEphemeral", Optional.of(channel), WAIT, c -> c.chatPostEphemeral(q -> q.channel(channel)
                .user(user).text(BlockKit.fallbackText(message)).blocks(BlockKit.render(message))));
        if (r.ok().isEmpty()) {
            // Not in that channel (a public channel the bot never joined): the person still gets the answer, by DM.
            post(team, user, message);
        }
    }
}
