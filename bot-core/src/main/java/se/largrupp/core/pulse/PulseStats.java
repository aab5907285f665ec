package se.largrupp.core.pulse;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;

/**
 * {@code stats} with the pulse of this month and the last below the participation figures: the average of each
 * question, shown only when at least {@link PulseFeature#THRESHOLD} meetings answered in that month.
 */
final class PulseStats implements CommandHandler<Command.Stats> {
    private final CommandHandler<? super Command.Stats> inner;
    private final PulseStore store;
    private final PulseMessages messages;

    PulseStats(CommandHandler<? super Command.Stats> inner, PulseStore store, PulseMessages messages) {
        this.inner = inner;
        this.store = store;
        this.messages = messages;
    }

    @Override
    public Reply handle(CommandContext context, Command.Stats command) {
        Reply reply = inner.handle(context, command);
        if (!(reply instanceof Reply.Show show)) return reply;
        List<Block> blocks = new ArrayList<>(show.message().blocks());
        blocks.addAll(pulse(context.language(), context.actor().workspace().key(), context.now()));
        return new Reply.Show(show.visibility(), new Message(blocks));
    }

    List<Block> pulse(Language lang, String workspace, Instant now) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Text(messages.text(lang, "pulse.stats.heading")));
        YearMonth month = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        List<String> lines = new ArrayList<>();
        for (YearMonth m : List.of(month, month.minusMonths(1))) {
            PulseStore.MonthFigures f = store.figures(workspace, m.toString());
            String name = messages.text(lang, "pulse.stats.month",
                    m.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, lang.locale()), m.getYear());
            if (f.meetings() < PulseFeature.THRESHOLD) {
                lines.add(messages.text(lang, "pulse.stats.tooFew", name, PulseFeature.THRESHOLD));
                continue;
            }
            for (int q = 1; q <= PulseFeature.QUESTIONS; q++) {
                Map<Integer, Integer> counts = f.counts().getOrDefault(q, Map.of());
                int n = counts.values().stream().mapToInt(Integer::intValue).sum();
                double sum = counts.entrySet().stream().mapToDouble(e -> e.getKey() * e.getValue()).sum();
                lines.add(messages.text(lang, "pulse.stats.line", name, messages.text(lang, "pulse.question." + q),
                        n == 0 ? 0.0 : sum / n, n));
            }
        }
        out.add(new Block.Bullets(lines));
        out.add(new Block.Context(messages.text(lang, "pulse.stats.rule", PulseFeature.THRESHOLD)));
        return out;
    }
}
