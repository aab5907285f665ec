package se.largrupp.core.prompts;

import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leaders;

/** Whether a command was typed in the conversation of the group it is about (then the answer is for everyone). */
final class InGroup {
    private InGroup() {}

    static boolean typedThere(CommandContext c) {
        return c.group().flatMap(g -> g.conversation()).filter(c.invocation().conversation()::equals).isPresent();
    }

    /** An answer everyone in the group reads is in the group's language; one for the caller only, in theirs. */
    static Language language(CommandContext c, Leaders leaders) {
        return typedThere(c) ? Formats.groupLanguage(leaders, c.group().orElseThrow()) : c.language();
    }
}
