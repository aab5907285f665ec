package se.largrupp.core.commands;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Which handler runs which command type. Features register theirs when the core is assembled. */
public final class HandlerRegistry {
    private final Map<Class<? extends Command>, CommandHandler<?>> handlers = new HashMap<>();

    public <C extends Command> void register(Class<C> type, CommandHandler<? super C> handler) {
        handlers.put(type, handler);
    }

    /** The handler registered for the type, so a feature can add to what another answers (the pulse below {@code stats}). */
    @SuppressWarnings("unchecked")
    public <C extends Command> Optional<CommandHandler<? super C>> handler(Class<C> type) {
        return Optional.ofNullable((CommandHandler<? super C>) handlers.get(type));
    }

    public boolean has(Class<? extends Command> type) {
        return handlers.containsKey(type);
    }

    /** Runs the command's handler, or returns empty when this installation has none for it. */
    @SuppressWarnings("unchecked")
    public Optional<Reply> dispatch(CommandContext context, Command command) {
        CommandHandler<Command> handler = (CommandHandler<Command>) handlers.get(command.getClass());
        return handler == null ? Optional.empty() : Optional.of(handler.handle(context, command));
    }
}
