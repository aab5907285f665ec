package se.largrupp.core.commands;

import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;

/** What the adapter shows in answer to a command. */
public sealed interface Reply {
    /** Shown to the caller only (ephemeral in Slack, a reply in Teams personal chat) or to the whole conversation. */
    record Show(Visibility visibility, Message message) implements Reply {}

    /** The adapter opens its join form (modal, Adaptive Card) in this language. */
    record OpenJoinForm(Language language) implements Reply {}

    /** A duplicate delivery: the adapter says nothing. */
    record Nothing() implements Reply {}

    enum Visibility { CALLER, CONVERSATION }

    static Reply toCaller(Message message) {
        return new Show(Visibility.CALLER, message);
    }

    static Reply toConversation(Message message) {
        return new Show(Visibility.CONVERSATION, message);
    }
}
