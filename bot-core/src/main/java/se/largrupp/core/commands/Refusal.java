package se.largrupp.core.commands;

import java.util.List;
import java.util.Optional;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;

/**
 * A business "no": a text key with its arguments and, where the caller typed something wrong, the key of the
 * correct usage. Rendered in the caller's language only at the edge, so the same refusal reads well in sv and en.
 */
public record Refusal(String key, List<Object> args, Optional<String> usageKey) {
    public Refusal {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("refusal key is blank");
        args = List.copyOf(args);
        java.util.Objects.requireNonNull(usageKey, "usageKey");
    }

    public static Refusal of(String key, Object... args) {
        return new Refusal(key, List.of(args), Optional.empty());
    }

    public static Refusal withUsage(String usageKey, String key, Object... args) {
        return new Refusal(key, List.of(args), Optional.of(usageKey));
    }

    public Message render(Texts texts, Language language) {
        Message.Block reason = new Message.Block.Text(texts.get(language, key, args.toArray()));
        if (usageKey.isEmpty()) return Message.of(reason);
        String usage = texts.get(language, "commands.usage", texts.get(language, usageKey.get()));
        return Message.of(reason, new Message.Block.Context(usage));
    }

    public Reply reply(Texts texts, Language language) {
        return Reply.toCaller(render(texts, language));
    }
}
