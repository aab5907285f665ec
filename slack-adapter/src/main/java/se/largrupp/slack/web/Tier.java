package se.largrupp.slack.web;

import java.util.Map;

/**
 * Slack's published rate-limit tiers (calls per minute), with the burst the bot allows itself. Posting is also limited
 * per channel to about one message a second.
 */
public record Tier(int perMinute, int burst) {
    public static final Tier TIER_1 = new Tier(1, 1);
    public static final Tier TIER_2 = new Tier(20, 5);
    public static final Tier TIER_3 = new Tier(50, 10);
    public static final Tier TIER_4 = new Tier(100, 20);
    public static final Tier PER_CHANNEL_POST = new Tier(60, 3);

    private static final Map<String, Tier> METHODS = Map.of(
            "conversations.create", TIER_2,
            "conversations.archive", TIER_2,
            "conversations.invite", TIER_3,
            "users.conversations", TIER_3,
            "chat.update", TIER_3,
            "views.publish", TIER_4,
            "views.open", TIER_4,
            "users.info", TIER_4,
            "chat.postMessage", TIER_4,
            "chat.postEphemeral", TIER_4);

    public static Tier of(String method) {
        return METHODS.getOrDefault(method, TIER_3);
    }
}
