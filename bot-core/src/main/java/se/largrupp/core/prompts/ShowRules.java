package se.largrupp.core.prompts;

import java.util.ArrayList;
import java.util.List;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Message;

/**
 * The ground rules and the agenda. In a group with a standing booking it also says the time per person
 * (meeting length / members); typed in the group's conversation, everyone sees it.
 */
public final class ShowRules implements CommandHandler<Command.Rules> {
    private final Leaders leaders;

    public ShowRules(Leaders leaders) {
        this.leaders = leaders;
    }

    @Override
    public Reply handle(CommandContext c, Command.Rules command) {
        Language lang = InGroup.language(c, leaders);
        Texts t = c.texts();
        List<Message.Block> blocks = new ArrayList<>();
        blocks.add(new Message.Block.Heading(t.get(lang, "prompts.rules.title")));
        blocks.add(new Message.Block.Bullets(t.list(lang, "prompts.rule")));
        blocks.add(new Message.Block.Heading(t.get(lang, "prompts.agenda.title")));
        blocks.add(new Message.Block.Bullets(t.list(lang, "prompts.agenda")));
        c.group().flatMap(g -> g.booking().map(b -> perPerson(t, lang, g, (int) b.duration().toMinutes())))
                .ifPresent(blocks::add);
        Message message = new Message(blocks);
        return InGroup.typedThere(c) ? Reply.toConversation(message) : Reply.toCaller(message);
    }

    private static Message.Block perPerson(Texts t, Language lang, LearningGroup g, int minutes) {
        int people = g.members().size();
        return new Message.Block.Context(t.get(lang, "prompts.agenda.perPerson", minutes, people, minutes / people));
    }
}
