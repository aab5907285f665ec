package se.largrupp.core.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;
import se.largrupp.core.rounds.templates.MeetingTemplate;
import se.largrupp.core.rounds.templates.MeetingTemplates;

/**
 * {@code template} shows the group's meeting template and lists the others, each with the number of people it is for;
 * {@code template <name>} makes it the group's (refused when the group's size does not fit it: Troika only for three).
 */
final class ShowTemplate implements CommandHandler<Command.Template> {
    private final MeetingTemplates templates;
    private final GroupTemplates chosen;

    ShowTemplate(MeetingTemplates templates, GroupTemplates chosen) {
        this.templates = templates;
        this.chosen = chosen;
    }

    @Override
    public Reply handle(CommandContext context, Command.Template command) {
        if (!RoundsFeature.inGroupConversation(context)) return context.refuse("method.template.refused.noGroup");
        LearningGroup group = context.group().orElseThrow();
        if (command.name().isEmpty()) return Reply.toCaller(list(context.language(), current(group)));
        Optional<MeetingTemplate> wanted = templates.find(command.name().get());
        if (wanted.isEmpty()) return context.refuse("method.template.refused.unknown", command.name().get());
        MeetingTemplate t = wanted.get();
        int size = group.members().size();
        if (!t.takes(size)) return TemplateRefusals.wrongSize(context, templates,
                new se.largrupp.core.rounds.templates.TemplateFit.WrongSize(t, size));
        chosen.choose(group.id(), t.key());
        return context.toCaller("method.template.chosen", templates.name(context.language(), t));
    }

    private MeetingTemplate current(LearningGroup group) {
        return chosen.of(group.id()).flatMap(templates::find).orElseGet(templates::byDefault);
    }

    private Message list(Language lang, MeetingTemplate current) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(templates.text(lang, "method.template.heading", templates.name(lang, current))));
        blocks.add(new Block.Text(templates.describe(lang, current)));
        List<String> others = templates.all().stream().filter(t -> !t.equals(current)).map(t -> templates.describe(lang, t)).toList();
        if (!others.isEmpty()) {
            blocks.add(new Block.Text(templates.text(lang, "method.template.other")));
            blocks.add(new Block.Bullets(others));
        }
        blocks.add(new Block.Context(templates.text(lang, "method.template.hint")));
        return new Message(blocks);
    }
}
