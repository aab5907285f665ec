package se.largrupp.slack;

import java.util.Optional;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.ConversationRef;

/** Builds the core's {@link Invocation} from what a Slack payload says about who, where and which delivery. */
public final class Invocations {
    /** The core stores at most this many characters of a display name (its column is VARCHAR(500)). */
    static final int MAX_NAME = 500;
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
        SlackUsers.Profile profile = users.of(userId);
        String name = fit(profile.name().orElse(payloadName == null || payloadName.isBlank() ? userId : payloadName));
        return new Invocation(SlackRefs.leader(teamId, userId), name, profile.language(), where,
                Optional.ofNullable(deliveryId).filter(s -> !s.isBlank()));
    }

    /** The language to answer {@code userId} in when the command could not run: what Slack last said, else Swedish. */
    public Language fallbackLanguage(String userId) {
        return users.knownLanguage(userId).orElse(Language.SV);
    }

    /** A Slack profile name can be longer than the core stores; such a person could never join. Cut, never mid-character. */
    static String fit(String name) {
        if (name.length() <= MAX_NAME) return name;
        int end = Character.isHighSurrogate(name.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME;
        return name.substring(0, end);
    }
}
