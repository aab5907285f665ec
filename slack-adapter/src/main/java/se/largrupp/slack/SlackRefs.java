package se.largrupp.slack;

import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;

/**
 * How Slack ids become core ids and back. A conversation is {@code slack:<team>:<channel>}; a user id in the channel
 * place ({@code slack:T1:U9}) means the bot's direct message with that user, which {@code chat.postMessage} accepts.
 */
public final class SlackRefs {
    private SlackRefs() {}

    public static Workspace workspace(String teamId) {
        return new Workspace(Platform.SLACK, teamId);
    }

    public static LeaderId leader(String teamId, String userId) {
        return new LeaderId(workspace(teamId), userId);
    }

    public static ConversationRef conversation(String teamId, String channelId) {
        return ConversationRef.of(Platform.SLACK, teamId + ":" + channelId);
    }

    public static String channelOf(ConversationRef ref) {
        String opaque = ref.opaque();
        return opaque.substring(opaque.indexOf(':') + 1);
    }

    public static String teamOf(ConversationRef ref) {
        String opaque = ref.opaque();
        int colon = opaque.indexOf(':');
        return colon < 0 ? opaque : opaque.substring(0, colon);
    }

    /** A direct-message "channel" given as a user id (U…/W…), not a channel id. */
    public static boolean isUserDm(String channel) {
        return channel.startsWith("U") || channel.startsWith("W");
    }
}
