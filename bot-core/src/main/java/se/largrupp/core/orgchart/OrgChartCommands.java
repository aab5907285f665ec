package se.largrupp.core.orgchart;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.Message;

/**
 * The org chart in chat: HR's file sent to the bot gets a preview with Apply, Apply and invite, and Cancel; the
 * buttons come back as {@code orgchart apply|invite|cancel <preview>}. Nothing changes before Apply.
 */
public final class OrgChartCommands {
    static final Duration PREVIEW_LIFETIME = Duration.ofDays(1);
    private final OrgChart orgChart;
    private final PlanImport planner;
    private final ImportPreviews previews;

    private Optional<ReorgDecisions> reorg = Optional.empty();

    /** How an admin's Swap / Ignore on a re-org notice is carried out. */
    @FunctionalInterface
    public interface ReorgDecisions {
        Reply decide(CommandContext c, String notice, boolean swap);
    }

    /** Turns on the re-org notices' buttons. */
    public OrgChartCommands withReorg(ReorgDecisions decisions) {
        OrgChartCommands next = new OrgChartCommands(orgChart, planner, previews);
        next.reorg = Optional.of(decisions);
        return next;
    }

    public OrgChartCommands(OrgChart orgChart, PlanImport planner, ImportPreviews previews) {
        this.orgChart = orgChart;
        this.planner = planner;
        this.previews = previews;
    }

    public Reply file(CommandContext c, Command.OrgChartFile file) {
        Workspace ws = c.actor().workspace();
        // The adapter could not fetch the file (too big, a host it does not trust, the platform away).
        if (file.file().length == 0) return c.toCaller("orgchart.downloadFailed");
        OrgChartCsv.Parsed parsed = OrgChartCsv.parse(file.file());
        PlanImport.Result result = parsed instanceof OrgChartCsv.Parsed.Refused r ? new PlanImport.Result.Refused(r.problems())
                : planner.plan(ws, (OrgChartCsv.Parsed.Rows) parsed, people(file.people()));
        if (result instanceof PlanImport.Result.Refused r) return Reply.toCaller(orgChart.messages().refused(c.language(), r.problems()));
        ImportPlan plan = ((PlanImport.Result.Planned) result).plan();
        previews.deleteOlderThan(c.now().minus(PREVIEW_LIFETIME));
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        previews.save(id, c.actor(), c.now(), plan);
        List<Message.Block> blocks = new ArrayList<>(orgChart.messages().preview(c.language(), plan));
        List<Message.Button> buttons = new ArrayList<>();
        buttons.add(new Message.Button("orgchart-apply", c.text("orgchart.button.apply"), "orgchart apply " + id, Message.Style.PRIMARY));
        if (!plan.toInvite().isEmpty()) buttons.add(Message.Button.of("orgchart-invite", c.text("orgchart.button.invite"), "orgchart invite " + id));
        buttons.add(Message.Button.of("orgchart-cancel", c.text("orgchart.button.cancel"), "orgchart cancel " + id));
        blocks.add(blocks.size() - 1, new Message.Block.Actions(buttons));
        return Reply.toCaller(new Message(blocks));
    }

    public Reply answer(CommandContext c, Command.OrgChart command) {
        if (command.phase().isEmpty() || command.preview().isEmpty()) return c.toCaller("orgchart.howTo");
        Command.OrgChart.Phase phase = command.phase().get();
        if (phase == Command.OrgChart.Phase.SWAP || phase == Command.OrgChart.Phase.IGNORE)
            return reorg.map(r -> r.decide(c, command.preview().get(), phase == Command.OrgChart.Phase.SWAP)).orElseGet(() -> c.toCaller("orgchart.gone"));
        Optional<ImportPreviews.Stored> stored = previews.find(c.actor().workspace(), command.preview().get(), c.now().minus(PREVIEW_LIFETIME));
        if (stored.isEmpty() || !previews.delete(stored.get().id())) return c.toCaller("orgchart.gone");
        if (command.phase().get() == Command.OrgChart.Phase.CANCEL) return c.toCaller("orgchart.cancelled");
        ImportPlan plan = stored.get().plan();
        ApplyImport.Applied applied = orgChart.apply(plan, c.actor());
        String done = orgChart.messages().applied(c.language(), applied);
        if (command.phase().get() == Command.OrgChart.Phase.INVITE) {
            int sent = orgChart.inviter().invite(plan.workspace(), Optional.of(new HashSet<>(plan.toInvite().stream().map(ImportPlan.Match::id).toList())));
            done = done + " " + c.text("orgchart.invited", sent);
        }
        return Reply.toCaller(Message.text(done));
    }

    private static Map<String, PeopleByEmail.Person> people(Map<String, String[]> raw) {
        Map<String, PeopleByEmail.Person> out = new HashMap<>();
        raw.forEach((email, p) -> out.put(email, new PeopleByEmail.Person(p[0], p.length > 1 ? p[1] : p[0])));
        return out;
    }
}
