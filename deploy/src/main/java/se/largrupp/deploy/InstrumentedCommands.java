package se.largrupp.deploy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.deploy.http.RequestTrace;

/**
 * Wraps the core's command service for every adapter: one log line and one latency sample per command, tagged with
 * adapter, command name and outcome. Only the command's name is logged, never its text or the actor.
 */
public final class InstrumentedCommands implements CommandService {
    private static final Logger log = LoggerFactory.getLogger("largrupp.command");
    // The first word of a typed command is logged only when it is one of these, so free text never reaches the log.
    private static final Set<String> NAMES = Set.of("join", "leave", "pause", "resume", "status", "schedule", "rsvp",
            "skip", "start", "next", "extend", "hold", "continue", "stop", "rules", "questions", "language", "regroup",
            "stats", "forget", "admin", "calendar", "help", "gå", "lämna", "paus", "pausa", "återuppta", "schema",
            "hoppa", "nästa", "förläng", "vänta", "fortsätt", "regler", "frågor", "språk", "omgruppera", "statistik",
            "glöm", "kalender", "hjälp", "starta", "ja", "nej");

    private final CommandService inner;
    private final MeterRegistry meters;

    public InstrumentedCommands(CommandService inner, MeterRegistry meters) {
        this.inner = inner;
        this.meters = meters;
    }

    @Override
    public Reply execute(Invocation invocation, String text) {
        return measure(invocation, nameOf(text), () -> inner.execute(invocation, text));
    }

    @Override
    public Reply execute(Invocation invocation, Command command) {
        return measure(invocation, command.getClass().getSimpleName().toLowerCase(Locale.ROOT), () -> inner.execute(invocation, command));
    }

    static String nameOf(String text) {
        if (text == null || text.isBlank()) return "help";
        String first = text.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return NAMES.contains(first) ? first : "other";
    }

    private Reply measure(Invocation invocation, String command, Supplier<Reply> work) {
        String adapter = invocation.conversation().platform().key();
        RequestTrace.command(command);
        long start = System.nanoTime();
        String outcome = "error";
        try {
            Reply reply = work.get();
            if (reply instanceof Reply.Show s) outcome = s.visibility() == Reply.Visibility.CALLER ? "to_caller" : "to_conversation";
            else if (reply instanceof Reply.OpenJoinForm) outcome = "join_form";
            else outcome = "duplicate";
            return reply;
        } finally {
            long nanos = System.nanoTime() - start;
            Timer.builder("largrupp.command").tag("adapter", adapter).tag("command", command).tag("outcome", outcome)
                    .register(meters).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
            log.atInfo().setMessage("command")
                    .addKeyValue("adapter", adapter)
                    .addKeyValue("command", command)
                    .addKeyValue("outcome", outcome)
                    .addKeyValue("duration_ms", nanos / 1_000_000)
                    .log();
        }
    }
}
