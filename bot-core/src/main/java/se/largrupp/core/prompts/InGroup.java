package se.largrupp.core.prompts;

import se.largrupp.core.commands.CommandContext;

/** Whether a command was typed in the conversation of the group it is about (then the answer is for everyone). */
final class InGroup {
    private InGroup() {}

    static boolean typedThere(CommandContext c) {
        return c.group().flatMap(g -> g.conversation()).filter(c.invocation().conversation()::equals).isPresent();
    }
}
