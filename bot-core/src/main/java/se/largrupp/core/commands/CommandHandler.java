package se.largrupp.core.commands;

/**
 * Runs one kind of command. Called by the command service inside the command's transaction, after de-duplication
 * and authorisation; the context says who asks, in which language, and which group the command is about.
 */
@FunctionalInterface
public interface CommandHandler<C extends Command> {
    Reply handle(CommandContext context, C command);
}
