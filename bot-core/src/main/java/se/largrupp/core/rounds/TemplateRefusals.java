package se.largrupp.core.rounds;

import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.rounds.templates.MeetingTemplate;
import se.largrupp.core.rounds.templates.MeetingTemplates;
import se.largrupp.core.rounds.templates.TemplateFit;

/** The refusal when a template is for another number of people (Troika is offered only to three). */
final class TemplateRefusals {
    private TemplateRefusals() {}

    static Reply wrongSize(CommandContext context, MeetingTemplates templates, TemplateFit.WrongSize w) {
        MeetingTemplate t = w.template();
        String name = templates.name(context.language(), t);
        return t.minPeople() == t.maxPeople()
                ? context.refuse("method.template.refused.size", name, t.minPeople(), w.present())
                : context.refuse("method.template.refused.sizeRange", name, t.minPeople(), t.maxPeople(), w.present());
    }
}
