package se.largrupp.core.commands;

/** What {@link CommandParser} makes of a text: a command, or a refusal that says what was wrong and how to write it. */
public sealed interface ParseResult {
    record Parsed(Command command) implements ParseResult {}

    record Refused(Refusal refusal) implements ParseResult {}

    static ParseResult of(Command command) {
        return new Parsed(command);
    }

    static ParseResult refuse(String usageKey, String key, Object... args) {
        return new Refused(Refusal.withUsage(usageKey, key, args));
    }
}
