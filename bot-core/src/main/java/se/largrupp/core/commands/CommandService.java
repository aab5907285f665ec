package se.largrupp.core.commands;

/**
 * The one entry point of the adapters: run a command (typed or as text) for an actor in a conversation.
 * Business refusals come back as a {@link Reply} in the actor's language, never as exceptions.
 */
public interface CommandService {
    /** Parses text after {@code /lärgrupp} or the bot's mention, then runs it. */
    Reply execute(Invocation invocation, String text);

    Reply execute(Invocation invocation, Command command);
}
