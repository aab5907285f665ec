package se.largrupp.teams.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/** Builds Teams activities shaped like the recorded ones in src/test/resources/activities, for longer scenarios. */
public final class Activities {
    public static final String BOT = "28:00000000-0000-0000-0000-00000000b07";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final AtomicLong IDS = new AtomicLong(1732660000000L);
    private final String serviceUrl;
    private final String tenant;

    public Activities(String serviceUrl, String tenant) {
        this.serviceUrl = serviceUrl;
        this.tenant = tenant;
    }

    /** A message in the user's personal chat with the bot. */
    public String personal(String aad, String name, String text) {
        ObjectNode a = base(aad, name, "a:personal-" + aad, "personal");
        a.put("text", text);
        return a.toString();
    }

    /** A message in a channel thread that @mentions the bot. */
    public String inThread(String aad, String name, String threadId, String channelId, String text) {
        ObjectNode a = base(aad, name, threadId, "channel");
        a.put("text", "<at>Lärgrupp</at> " + text);
        ObjectNode mention = a.putArray("entities").addObject().put("type", "mention").put("text", "<at>Lärgrupp</at>");
        mention.putObject("mentioned").put("id", BOT).put("name", "Lärgrupp");
        channelData(a, channelId);
        return a.toString();
    }

    /** An Action.Submit pressed on a card in a channel thread. */
    public String submitInThread(String aad, String name, String threadId, String channelId, String cardId, JsonNode data) {
        ObjectNode a = base(aad, name, threadId, "channel");
        a.put("replyToId", cardId);
        a.set("value", data);
        channelData(a, channelId);
        return a.toString();
    }

    /** An Action.Submit pressed on a card in the personal chat. */
    public String submitPersonal(String aad, String name, String cardId, JsonNode data) {
        ObjectNode a = base(aad, name, "a:personal-" + aad, "personal");
        a.put("replyToId", cardId);
        a.set("value", data);
        return a.toString();
    }

    private ObjectNode base(String aad, String name, String conversationId, String type) {
        ObjectNode a = JSON.objectNode().put("type", "message").put("id", String.valueOf(IDS.incrementAndGet()))
                .put("channelId", "msteams").put("serviceUrl", serviceUrl).put("locale", "sv-SE").put("textFormat", "plain");
        a.putObject("from").put("id", "29:" + aad).put("name", name).put("aadObjectId", aad);
        ObjectNode conversation = a.putObject("conversation").put("conversationType", type).put("tenantId", tenant).put("id", conversationId);
        if (!"personal".equals(type)) conversation.put("isGroup", true);
        a.putObject("recipient").put("id", BOT).put("name", "Lärgrupp");
        a.putObject("channelData").putObject("tenant").put("id", tenant);
        return a;
    }

    private void channelData(ObjectNode a, String channelId) {
        ObjectNode data = (ObjectNode) a.get("channelData");
        data.put("teamsChannelId", channelId).put("teamsTeamId", "19:team@thread.tacv2");
        data.putObject("channel").put("id", channelId);
        data.putObject("team").put("id", "19:team@thread.tacv2");
    }
}
