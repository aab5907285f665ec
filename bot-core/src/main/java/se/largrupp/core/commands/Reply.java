package se.largrupp.core.commands;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;

/** What the adapter shows in answer to a command. */
public sealed interface Reply {
    /** Shown to the caller only (ephemeral in Slack, a reply in Teams personal chat) or to the whole conversation. */
    record Show(Visibility visibility, Message message) implements Reply {}

    /**
     * The adapter opens its join form (modal, Adaptive Card) in this language.
     *
     * @param departments the choices the workspace offers; empty: free text (or what the adapter was configured with)
     * @param department  what HR or the directory already says the department is: the form starts with it
     * @param manager     whom HR or the directory already names as the manager: the form starts with them
     */
    record OpenJoinForm(Language language, List<String> departments, Optional<String> department,
                        Optional<se.largrupp.core.leaders.LeaderId> manager) implements Reply {
        public OpenJoinForm {
            Objects.requireNonNull(language, "language");
            departments = List.copyOf(departments);
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(manager, "manager");
        }

        public OpenJoinForm(Language language, List<String> departments) {
            this(language, departments, Optional.empty(), Optional.empty());
        }

        public OpenJoinForm(Language language) {
            this(language, List.of());
        }
    }

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
