package se.largrupp.core.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.port.Message;

/**
 * {@code stats}: the programme's figures in short form, for admins and sponsors, with a link to the dashboard. Sponsors
 * see aggregates only; admins also the names of the groups at risk, so they can help.
 */
public final class ShowInsights implements CommandHandler<Command.Stats> {
    private final ProgrammeFigures figures;
    private final Optional<String> dashboard;

    public ShowInsights(ProgrammeFigures figures, Optional<String> dashboardUrl) {
        this.figures = figures;
        this.dashboard = dashboardUrl;
    }

    @Override
    public Reply handle(CommandContext c, Command.Stats command) {
        Figures f = figures.of(c.actor().workspace(), c.admin());
        Figures.Today t = f.now();
        Period month = f.months().get(f.months().size() - 1);
        List<Message.Field> fields = new ArrayList<>(List.of(
                new Message.Field(c.text("insights.leaders"), c.text("insights.leaders.value", t.takingPart(), t.paused(), t.waiting())),
                new Message.Field(c.text("insights.groups"), c.text("insights.groups.value", t.groupsActive(), t.groupsAtRisk(),
                        t.groupsSelfStarted())),
                new Message.Field(c.text("insights.month"), c.text("insights.month.value", month.held(), month.skipped(), month.planned())),
                new Message.Field(c.text("insights.attendance"), rate(c, f.cycle().map(Period::attendance).orElse(month.attendance()))),
                new Message.Field(c.text("insights.answers"), rate(c, f.cycle().map(Period::answerRate).orElse(month.answerRate()))),
                new Message.Field(c.text("insights.metRecently"), rate(c, t.metRecently())),
                new Message.Field(c.text("insights.mix"), rate(c, t.departmentMix())),
                new Message.Field(c.text("insights.firstMeeting"), t.daysToFirstMeeting().isPresent()
                        ? c.text("insights.firstMeeting.value", t.daysToFirstMeeting().getAsInt()) : c.text("insights.none"))));
        List<Message.Block> blocks = new ArrayList<>(List.of(new Message.Block.Heading(c.text("insights.title")),
                new Message.Block.Fields(fields)));
        blocks.add(new Message.Block.Text(c.text("insights.bars") + "\n" + bars(f.months().subList(Math.max(0, f.months().size() - BAR_MONTHS),
                f.months().size()))));
        if (c.admin() && !f.atRisk().isEmpty())
            blocks.add(new Message.Block.Text(c.text("insights.atRisk", String.join(", ", f.atRisk().stream().map(Figures.GroupAtRisk::name).toList()))));
        blocks.add(new Message.Block.Context(dashboard.map(url -> c.text("insights.privacy.link", url)).orElse(c.text("insights.privacy"))));
        return Reply.toCaller(new Message(blocks));
    }

    static final int BAR_MONTHS = 6, BAR_WIDTH = 12;

    /** Meetings held per month as bars of block characters: a chart any chat can show (Slack's App Home, Teams). */
    static String bars(List<Period> months) {
        int max = Math.max(1, months.stream().mapToInt(Period::held).max().orElse(1));
        StringBuilder b = new StringBuilder();
        for (Period p : months) {
            int width = (int) Math.round((double) BAR_WIDTH * p.held() / max);
            b.append('`').append(p.label()).append("` ").append("█".repeat(width)).append("░".repeat(BAR_WIDTH - width)).append(' ')
                    .append(p.held()).append('\n');
        }
        return b.toString().stripTrailing();
    }

    static String rate(CommandContext c, OptionalInt percent) {
        return percent.isPresent() ? c.text("insights.percent", percent.getAsInt()) : c.text("insights.none");
    }
}
