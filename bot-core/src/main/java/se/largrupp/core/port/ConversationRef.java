package se.largrupp.core.port;

import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;

/**
 * An opaque reference to a conversation, owned by the adapter that made it, such as
 * {@code slack:T1:C9} or {@code teams:<conversation id>:<service url>}. The core only reads the platform prefix.
 */
public record ConversationRef(String value) {
    public ConversationRef {
        if (value == null || value.indexOf(':') < 1) throw new IllegalArgumentException("not a conversation reference: " + value);
    }

    public Platform platform() {
        return Platform.fromKey(value.substring(0, value.indexOf(':')));
    }

    /** What follows the platform prefix; the adapter decides what it means. */
    public String opaque() {
        return value.substring(value.indexOf(':') + 1);
    }

    /**
     * Where the core writes to a leader privately when it has no conversation of theirs stored (an admin's notice):
     * {@code <platform>:<workspace>:<user>}, sent with {@code onlyFor} set. Each adapter delivers it as a direct
     * message from the bot (Slack: the user id is the app's DM; Teams: a 1:1 chat it opens).
     */
    public static ConversationRef direct(LeaderId leader) {
        return of(leader.workspace().platform(), leader.workspace().id() + ":" + leader.user());
    }

    public static ConversationRef of(Platform platform, String opaque) {
        return new ConversationRef(platform.key() + ":" + opaque);
    }

    @Override
    public String toString() {
        return value;
    }
}
