package se.largrupp.core.regrouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.Message;

/** The preview an admin sees and the welcome each new group gets, in bundle text only. */
final class RegroupMessages {
    /** Chat platforms cap a message's blocks (Slack: 50); a big programme's preview lists the first groups only. */
    static final int MAX_LISTED = 40;

    private final Texts texts;

    RegroupMessages(Texts texts) {
        this.texts = texts;
    }

    Message preview(Language lang, List<List<LeaderId>> groups, Map<LeaderId, Leader> leaders, Plan.Totals totals,
                    int leaderCount, int activeGroups, List<Message.Block> notes) {
        List<Message.Block> blocks = new ArrayList<>();
        blocks.add(new Message.Block.Heading(texts.get(lang, "regroup.preview.heading", groups.size(), leaderCount)));
        for (int g = 0; g < Math.min(groups.size(), MAX_LISTED); g++) {
            String members = groups.get(g).stream().map(id -> member(lang, leaders.get(id), "regroup.preview"))
                    .collect(Collectors.joining(", "));
            blocks.add(new Message.Block.Text(texts.get(lang, "regroup.preview.group", g + 1, members)));
        }
        if (groups.size() > MAX_LISTED)
            blocks.add(new Message.Block.Text(texts.get(lang, "regroup.preview.more", groups.size() - MAX_LISTED)));
        blocks.add(new Message.Block.Context(texts.get(lang, "regroup.preview.totals", totals.repeatPairs(),
                totals.sameDepartmentPairs(), totals.maxZoneSpreadHours(), totals.hardViolations())));
        blocks.add(new Message.Block.Context(texts.get(lang, "regroup.preview.rules")));
        if (activeGroups > 0) blocks.add(new Message.Block.Context(texts.get(lang, "regroup.preview.replaces", activeGroups)));
        blocks.addAll(notes);
        blocks.add(new Message.Block.Actions(List.of(
                new Message.Button("regroup-apply", texts.get(lang, "regroup.button.apply"), "regroup apply", Message.Style.PRIMARY),
                Message.Button.of("regroup-cancel", texts.get(lang, "regroup.button.cancel"), "regroup cancel"))));
        return new Message(blocks);
    }

    /**
     * Who the plan leaves out, each with the reason and what the admin can do, and the groups kept together (or not)
     * because their members started them themselves.
     */
    List<Message.Block> setAside(Language lang, SetAside.Outcome outcome, java.util.function.Function<String, Leader> leaders,
                                 List<List<String>> keep, int depth) {
        List<Message.Block> blocks = new ArrayList<>();
        if (!outcome.leftOut().isEmpty()) {
            blocks.add(new Message.Block.Text(texts.get(lang, "regroup.preview.leftOut.heading", outcome.leftOut().size())));
            List<String> lines = new ArrayList<>();
            for (SetAside.LeftOut out : outcome.leftOut()) {
                String name = name(lang, leaders.apply(out.id()), out.id());
                lines.add(texts.get(lang, "regroup.preview.leftOut." + out.rule().name(), name, depth) + " "
                        + texts.get(lang, "regroup.preview.advice." + out.rule().name()));
            }
            blocks.add(new Message.Block.Bullets(lines));
        }
        List<List<String>> kept = keep.stream().filter(k -> !outcome.droppedKeepTogether().contains(k)).toList();
        for (List<String> k : kept)
            blocks.add(new Message.Block.Context(texts.get(lang, "regroup.preview.kept", names(lang, k, leaders))));
        for (List<String> k : outcome.droppedKeepTogether())
            blocks.add(new Message.Block.Context(texts.get(lang, "regroup.preview.keptDropped", names(lang, k, leaders))));
        return blocks;
    }

    private String names(Language lang, List<String> keys, java.util.function.Function<String, Leader> leaders) {
        return keys.stream().map(k -> name(lang, leaders.apply(k), k)).collect(Collectors.joining(", "));
    }

    private String name(Language lang, Leader l, String key) {
        return l == null ? key : member(lang, l, "regroup.preview");
    }

    /** Ground rules from the prompts bundle when it has them, the members with a short intro, and how to book. */
    Message welcome(Language lang, String groupName, List<Leader> members) {
        List<Message.Block> blocks = new ArrayList<>();
        blocks.add(new Message.Block.Heading(texts.get(lang, "regroup.welcome.heading", groupName)));
        blocks.add(new Message.Block.Text(texts.get(lang, "regroup.welcome.intro", members.size())));
        blocks.add(new Message.Block.Bullets(members.stream().map(m -> member(lang, m, "regroup.welcome")).toList()));
        if (texts.has(lang, "prompts.rule.1")) {
            if (texts.has(lang, "prompts.rules.title")) blocks.add(new Message.Block.Text("*" + texts.get(lang, "prompts.rules.title") + "*"));
            blocks.add(new Message.Block.Bullets(texts.list(lang, "prompts.rule")));
        } else {
            blocks.add(new Message.Block.Text(texts.get(lang, "regroup.welcome.rulesFallback")));
        }
        blocks.add(new Message.Block.Text(texts.get(lang, "regroup.welcome.schedule")));
        return new Message(blocks);
    }

    private String member(Language lang, Leader l, String prefix) {
        return l.department().filter(d -> !d.isBlank())
                .map(d -> texts.get(lang, prefix + ".member", l.displayName(), d))
                .orElseGet(() -> texts.get(lang, prefix + ".memberNoDepartment", l.displayName()));
    }
}
