package se.largrupp.core.commands;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.Message;

/**
 * Everything a handler needs to know about the caller, resolved once by the command service.
 *
 * @param leader the caller as a leader of the programme, when they have joined (admins need not be leaders)
 * @param sponsor whether the caller is a sponsor of the workspace (sees figures, never content)
 * @param group  the group the command is about: the group whose conversation it was typed in when the caller is one
 *               of its members, else the caller's own active group. For group commands the service has already
 *               refused a caller who is not a member of the conversation's group.
 */
public record CommandContext(
        Invocation invocation,
        Language language,
        Optional<Leader> leader,
        boolean admin,
        boolean sponsor,
        Optional<LearningGroup> group,
        Instant now,
        Texts texts) {

    public CommandContext {
        Objects.requireNonNull(invocation, "invocation");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(texts, "texts");
    }

    /** A caller who is no sponsor (most tests and features need not know the role). */
    public CommandContext(Invocation invocation, Language language, Optional<Leader> leader, boolean admin,
                          Optional<LearningGroup> group, Instant now, Texts texts) {
        this(invocation, language, leader, admin, false, group, now, texts);
    }

    public LeaderId actor() {
        return invocation.actor();
    }

    /** Admins and sponsors see the programme's figures. */
    public boolean seesFigures() {
        return admin || sponsor;
    }

    public String text(String key, Object... args) {
        return texts.get(language, key, args);
    }

    /** A one-paragraph answer to the caller only. */
    public Reply toCaller(String key, Object... args) {
        return Reply.toCaller(Message.text(text(key, args)));
    }

    public Reply refuse(Refusal refusal) {
        return refusal.reply(texts, language);
    }

    public Reply refuse(String key, Object... args) {
        return refuse(Refusal.of(key, args));
    }
}
