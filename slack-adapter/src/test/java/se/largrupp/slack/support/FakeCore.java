package se.largrupp.slack.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;

/**
 * A stand-in of the core's CommandService for protocol tests: records what the adapter asks, answers with canned
 * replies, and like the real core applies a delivery id only once.
 */
public final class FakeCore implements CommandService {
    public record Executed(Invocation invocation, String text, Command command) {}

    private final List<Executed> executed = new CopyOnWriteArrayList<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, BiFunction<Invocation, String, Reply>> answers = new ConcurrentHashMap<>();
    private volatile Duration delay = Duration.ZERO;

    public FakeCore() {
        answer("status", (who, t) -> Reply.toCaller(Message.of(new Message.Block.Heading("Din lärgrupp"),
                new Message.Block.Text("Grupp *2027v1-01* med Åsa & Örjan"))));
        answer("rules", (who, t) -> Reply.toCaller(Message.of(new Message.Block.Bullets(List.of("Frågor först", "Det som sägs stannar i gruppen")))));
        answer("stats", (who, t) -> Reply.toCaller(Message.of(new Message.Block.Fields(List.of(new Message.Field("Pool", "6"))))));
        answer("", (who, t) -> new Reply.OpenJoinForm(who.platformLanguage().orElse(Language.SV)));
        answer("join", (who, t) -> new Reply.OpenJoinForm(who.platformLanguage().orElse(Language.SV)));
        answer("next", (who, t) -> who.actor().user().equals("UOUT")
                ? Reply.toCaller(Message.text("Du är inte med i den här gruppen."))
                : Reply.toConversation(Message.text("Nu är det Bertils tur.")));
        answer("announce", (who, t) -> Reply.toConversation(Message.text("Till alla")));
    }

    public void answer(String text, BiFunction<Invocation, String, Reply> reply) {
        answers.put(text, reply);
    }

    public void delay(Duration d) {
        delay = d;
    }

    public List<Executed> executed() {
        return List.copyOf(executed);
    }

    @Override
    public Reply execute(Invocation invocation, String text) {
        return run(invocation, text, null);
    }

    @Override
    public Reply execute(Invocation invocation, Command command) {
        return run(invocation, command.canonical(), command);
    }

    private Reply run(Invocation invocation, String text, Command command) {
        if (invocation.deliveryId().isPresent() && !seen.add(invocation.deliveryId().get())) return new Reply.Nothing();
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis()); // simulates a slow core, to test the late answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        executed.add(new Executed(invocation, text, command));
        if (command instanceof Command.Join j && j.hasArguments()) return Reply.toCaller(Message.text("Välkommen, " + invocation.actorName() + "!"));
        return answers.getOrDefault(text, (who, t) -> Reply.toCaller(Message.text("ok: " + t))).apply(invocation, text);
    }
}
