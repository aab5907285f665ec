package se.largrupp.slack;

import java.util.Optional;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.ConversationRef;

/** Builds the core's {@link Invocation} from what a Slack payload says about who, where and which delivery. */
public final class Invocations {
    private final SlackUsers users;

    public Invocations(SlackUsers users) {
        this.users = users;
    }

    /**
     * @param channelId  where it happened; null (App Home, a modal) means the user's direct message with the bot
     * @param deliveryId Slack's id of this delivery, prefixed by its kind (the core de-duplicates on it)
     */
    public Invocation of(String teamId, String userId, String payloadName, String channelId, String deliveryId) {
        String channel = channelId == null || channelId.isBlank() ? userId : channelId;
        ConversationRef where = SlackRefs.conversation(teamId, channel);
        SlackUsers.Profile profile = users.of(teamId, userId);
        // the core tidies and cuts names to what it stores (Leader.MAX_NAME)
        String name = profile.name().orElse(payloadName == null || payloadName.isBlank() ? userId : payloadName);
        return new Invocation(SlackRefs.leader(teamId, userId), name, profile.language(), where,
                Optional.ofNullable(deliveryId).filter(s -> !s.isBlank()));
    }

    /** The language to answer {@code userId} in when the command could not run: what Slack last said, else Swedish. */
    public Language fallbackLanguage(String teamId, String userId) {
        return users.knownLanguage(teamId, userId).orElse(Language.SV);
    }
}
