package se.largrupp.teams.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.commands.ReplyOutbox;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;
import se.largrupp.core.testing.InMemoryOutbox;

/**
 * A stand-in of the core's CommandService that records what the adapter asked, with the core's duplicate rule, and
 * writes a routed reply to its outbox through the core's own {@link ReplyOutbox}, as the real service does.
 */
public final class FakeCommands implements CommandService {
    public record Executed(Invocation invocation, Object what) {}

    public final InMemoryOutbox outbox = new InMemoryOutbox();
    private final List<Executed> executed = new ArrayList<>();
    private final Set<String> deliveries = new HashSet<>();
    private BiFunction<Invocation, Object, Reply> replies = FakeCommands::standard;

    public synchronized void answer(BiFunction<Invocation, Object, Reply> replies) {
        this.replies = replies;
    }

    public synchronized List<Executed> executed() {
        return List.copyOf(executed);
    }

    @Override
    public synchronized Reply execute(Invocation invocation, String text) {
        return run(invocation, text);
    }

    @Override
    public synchronized Reply execute(Invocation invocation, Command command) {
        return run(invocation, command);
    }

    private Reply run(Invocation invocation, Object what) {
        if (invocation.deliveryId().isPresent() && !deliveries.add(invocation.deliveryId().get())) return new Reply.Nothing();
        executed.add(new Executed(invocation, what));
        Reply reply = replies.apply(invocation, what);
        ReplyOutbox.write(outbox, invocation, reply);
        return reply;
    }

    /** "join" opens the form; "help" and a join answer the caller; anything else answers the conversation. */
    public static Reply standard(Invocation invocation, Object what) {
        Language language = invocation.platformLanguage().orElse(Language.SV);
        if ("join".equals(what)) return new Reply.OpenJoinForm(language);
        if (what instanceof String s && s.startsWith("join ")) return Reply.toCaller(Message.text("joined " + s.split(" ")[1]));
        if ("help".equals(what) || what instanceof Command.Help) {
            return Reply.toCaller(Message.of(new Message.Block.Heading("Help"), new Message.Block.Text("Try *status*")));
        }
        return Reply.toConversation(Message.text("ok: " + what));
    }
}
