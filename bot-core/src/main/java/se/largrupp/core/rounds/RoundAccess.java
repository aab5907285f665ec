package se.largrupp.core.rounds;

import java.util.Optional;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Message;

/** Who may steer a round: a member of the active group whose conversation the command came from. */
final class RoundAccess {
    private final Groups groups;
    private final Leaders leaders;
    private final Texts texts;

    RoundAccess(Groups groups, Leaders leaders, Texts texts) {
        this.groups = groups;
        this.leaders = leaders;
        this.texts = texts;
    }

    /** The group, or a refusal in the caller's language. */
    Result groupOf(Invocation invocation) {
        Optional<LearningGroup> group = groups.byConversation(invocation.conversation()).filter(LearningGroup::isActive);
        if (group.isEmpty()) return new Result(Optional.empty(), Optional.of(refuse(invocation, "rounds.refused.noGroup")));
        if (!group.get().hasMember(invocation.actor()))
            return new Result(Optional.empty(), Optional.of(refuse(invocation, "rounds.refused.notMember")));
        return new Result(group, Optional.empty());
    }

    Language languageOf(Invocation invocation) {
        return leaders.find(invocation.actor()).flatMap(Leader::language)
                .or(invocation::platformLanguage).orElse(Language.SV);
    }

    Reply refuse(Invocation invocation, String key, Object... args) {
        return Reply.toCaller(Message.text(texts.get(languageOf(invocation), key, args)));
    }

    Reply ack(Invocation invocation, String key, Object... args) {
        return Reply.toCaller(Message.text(texts.get(languageOf(invocation), key, args)));
    }

    record Result(Optional<LearningGroup> group, Optional<Reply> refusal) {}
}
