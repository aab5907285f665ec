package se.largrupp.core.orgchart;

import java.util.ArrayList;
import java.util.List;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;

/** The import's answers in the reader's language: line-numbered refusals and the preview. */
public final class OrgChartMessages {
    /** A chat message stays readable: the first problems, then how many more. */
    static final int SHOWN = 15;
    private final Texts texts;

    public OrgChartMessages(Texts texts) {
        this.texts = texts;
    }

    /** One problem as a line of text: "Line 4: the manager … is neither in the file nor in the workspace." */
    public String problem(Language lang, ImportProblem p) {
        String text = texts.get(lang, p.key(), p.args().toArray());
        return p.line() > 0 ? texts.get(lang, "orgchart.line", p.line(), text) : text;
    }

    public Message refused(Language lang, List<ImportProblem> problems) {
        List<String> items = new ArrayList<>();
        problems.stream().limit(SHOWN).forEach(p -> items.add(problem(lang, p)));
        List<Message.Block> blocks = new ArrayList<>(List.of(new Message.Block.Heading(texts.get(lang, "orgchart.refused.heading")),
                new Message.Block.Bullets(items)));
        if (problems.size() > SHOWN) blocks.add(new Message.Block.Text(texts.get(lang, "orgchart.refused.more", problems.size() - SHOWN)));
        blocks.add(new Message.Block.Context(texts.get(lang, "orgchart.refused.nothing")));
        return new Message(blocks);
    }

    /** The preview as blocks of text; the chat adds its buttons below. */
    public List<Message.Block> preview(Language lang, ImportPlan plan) {
        List<Message.Block> blocks = new ArrayList<>();
        blocks.add(new Message.Block.Heading(texts.get(lang, "orgchart.preview.heading")));
        blocks.addAll(lines(lang, plan).stream().map(l -> (Message.Block) new Message.Block.Text(l)).toList());
        if (!plan.notFound().isEmpty())
            blocks.add(new Message.Block.Bullets(plan.notFound().stream().limit(SHOWN).map(n -> texts.get(lang, "orgchart.preview.notFoundItem",
                    n.name().isEmpty() ? n.email() : n.name() + " <" + n.email() + ">", n.line())).toList()));
        if (!plan.changes().isEmpty()) {
            blocks.add(new Message.Block.Text(texts.get(lang, "orgchart.preview.changes")));
            blocks.add(new Message.Block.Bullets(plan.changes().stream().limit(SHOWN).map(c -> change(lang, c)).toList()));
        }
        blocks.add(new Message.Block.Context(texts.get(lang, "orgchart.preview.nothingYet")));
        return blocks;
    }

    /** The preview's summary lines, for the command line too. */
    public List<String> lines(Language lang, ImportPlan plan) {
        List<String> out = new ArrayList<>();
        out.add(texts.get(lang, "orgchart.preview.matched", plan.matched().size()));
        if (plan.managersNamed() > 0) out.add(texts.get(lang, "orgchart.preview.managers", plan.managersResolved(), plan.managersNamed()));
        else out.add(texts.get(lang, "orgchart.preview.noManagers"));
        out.add(texts.get(lang, "orgchart.preview.invited", plan.toInvite().size()));
        if (plan.changes().isEmpty()) out.add(texts.get(lang, "orgchart.preview.noChanges"));
        if (!plan.notFound().isEmpty()) out.add(texts.get(lang, "orgchart.preview.notFound", plan.notFound().size()));
        return out;
    }

    public String change(Language lang, ImportPlan.Change c) {
        String none = texts.get(lang, "orgchart.none");
        return texts.get(lang, "orgchart.preview.change", c.name(), texts.get(lang, "orgchart.fact." + fact(c.fact())),
                c.before().isEmpty() ? none : c.before(), c.after().isEmpty() ? none : c.after());
    }

    public String applied(Language lang, ApplyImport.Applied a) {
        return texts.get(lang, "orgchart.applied", a.leadersUpdated(), a.newlyInvited().size());
    }

    private static String fact(ImportPlan.Fact f) {
        return switch (f) {
            case DEPARTMENT -> "department";
            case MANAGER -> "manager";
            case TIMEZONE -> "timezone";
        };
    }
}
