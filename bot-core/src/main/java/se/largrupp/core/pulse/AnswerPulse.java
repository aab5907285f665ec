package se.largrupp.core.pulse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;

/** One tap on the pulse: counted at once, once per person and question, while the window is open. */
final class AnswerPulse implements CommandHandler<Command.Pulse> {
    private final PulseStore store;
    private final PulseFeature feature;
    private final Clock clock;

    AnswerPulse(PulseStore store, PulseFeature feature, Clock clock) {
        this.store = store;
        this.feature = feature;
        this.clock = clock;
    }

    @Override
    public Reply handle(CommandContext context, Command.Pulse command) {
        Optional<PulseStore.Window> window = store.window(command.pulse()).filter(w -> clock.instant().isBefore(w.closesAt()));
        if (window.isEmpty()) return context.refuse("pulse.refused.closed");
        if (!store.answered(command.pulse(), context.actor()).contains(0)) return context.refuse("pulse.refused.notYours");
        if (!store.markAnswered(command.pulse(), context.actor(), command.question())) return context.refuse("pulse.refused.already");
        store.count(window.get(), command.question(), command.value());
        List<Integer> answered = new ArrayList<>(store.answered(command.pulse(), context.actor()));
        answered.remove(Integer.valueOf(0));
        feature.outboxCard(command.pulse(), context.actor(), answered);
        return context.toCaller(answered.size() == PulseFeature.QUESTIONS ? "pulse.ack.done" : "pulse.ack.one");
    }
}
