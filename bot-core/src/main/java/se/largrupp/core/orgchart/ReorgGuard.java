package se.largrupp.core.orgchart;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.KnownFacts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.storage.Jdbc;

/**
 * After an import or a sync changed managers: an active group that now holds a leader and their manager within the
 * depth gets its admins told once, with the smallest fix found — one swap between two groups that leaves both free of
 * manager pairs, the fewest same-department pairs first — and Swap / Ignore buttons. Nobody moves without Swap.
 */
public final class ReorgGuard implements OrgChartChanged {
    private final Leaders leaders;
    private final Groups groups;
    private final ReportingChains chains;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;
    private final Jdbc jdbc;
    private final Function<Workspace, List<LeaderId>> admins;

    /** A proposed swap: {@code mover} leaves {@code group} for {@code other}'s place, {@code other} the reverse. */
    record Swap(LearningGroup group, LeaderId mover, LearningGroup otherGroup, LeaderId other) {}

    public ReorgGuard(Leaders leaders, Groups groups, KnownFacts known, int managerDepth, Outbox outbox, Texts texts, Clock clock,
                      Jdbc jdbc, Function<Workspace, List<LeaderId>> admins) {
        this.leaders = leaders;
        this.groups = groups;
        this.chains = new ReportingChains(leaders, known, managerDepth);
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
        this.jdbc = jdbc;
        this.admins = admins;
    }

    @Override
    public void changed(Workspace workspace, List<LeaderId> changed) {
        if (changed.isEmpty()) return;
        List<LearningGroup> active = groups.active(workspace);
        for (LearningGroup g : active) {
            Optional<LeaderId[]> pair = chains.violation(g.members());
            if (pair.isEmpty() || told(g, pair.get())) continue;
            Optional<Swap> swap = smallestSwap(g, pair.get(), active);
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
            jdbc.update("INSERT INTO org_reorg_notices (notice_id, workspace_key, group_id, leader_key, manager_key, mover_key, "
                            + "other_group_id, other_key, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)",
                    id, workspace.key(), g.id().value(), pair.get()[0].key(), pair.get()[1].key(), swap.map(s -> s.mover().key()),
                    swap.map(s -> s.otherGroup().id().value()), swap.map(s -> s.other().key()), clock.instant());
            for (LeaderId admin : admins.apply(workspace)) {
                Language lang = leaders.find(admin).flatMap(Leader::language).orElse(Language.SV);
                outbox.add(new OutgoingMessage("orgchart-reorg:" + id + ":" + admin.key(), ConversationRef.direct(admin),
                        notice(lang, id, g, pair.get(), swap), Optional.empty(), Optional.of(admin), Optional.of(lang)));
            }
        }
    }

    private boolean told(LearningGroup g, LeaderId[] pair) {
        return jdbc.queryOne("SELECT 1 FROM org_reorg_notices WHERE group_id = ? AND leader_key = ? AND manager_key = ?",
                rs -> 1, g.id().value(), pair[0].key(), pair[1].key()).isPresent();
    }

    /** Moving the report (else the manager) into another group for one of its members, both groups clean after. */
    Optional<Swap> smallestSwap(LearningGroup g, LeaderId[] pair, List<LearningGroup> active) {
        Swap best = null;
        int bestScore = Integer.MAX_VALUE;
        for (LeaderId mover : pair) {
            for (LearningGroup h : active) {
                if (h.id().equals(g.id())) continue;
                for (LeaderId x : h.members()) {
                    List<LeaderId> g2 = replaced(g.members(), mover, x), h2 = replaced(h.members(), x, mover);
                    if (chains.violation(g2).isPresent() || chains.violation(h2).isPresent()) continue;
                    int score = sameDepartmentPairs(g2) + sameDepartmentPairs(h2) + (mover.equals(pair[0]) ? 0 : 1);
                    if (score < bestScore) {
                        bestScore = score;
                        best = new Swap(g, mover, h, x);
                    }
                }
            }
            if (best != null) break;
        }
        return Optional.ofNullable(best);
    }

    static List<LeaderId> replaced(List<LeaderId> members, LeaderId out, LeaderId in) {
        List<LeaderId> next = new ArrayList<>(members);
        next.set(next.indexOf(out), in);
        return next;
    }

    private int sameDepartmentPairs(List<LeaderId> members) {
        List<Optional<String>> departments = members.stream().map(m -> leaders.find(m).flatMap(Leader::department)).toList();
        int pairs = 0;
        for (int i = 0; i < departments.size(); i++)
            for (int j = i + 1; j < departments.size(); j++)
                if (departments.get(i).isPresent() && departments.get(i).equals(departments.get(j))) pairs++;
        return pairs;
    }

    private Message notice(Language lang, String id, LearningGroup g, LeaderId[] pair, Optional<Swap> swap) {
        List<Message.Block> blocks = new ArrayList<>(List.of(new Message.Block.Heading(texts.get(lang, "orgchart.reorg.heading")),
                new Message.Block.Text(texts.get(lang, "orgchart.reorg.found", g.name(), name(pair[1]), name(pair[0]),
                        texts.get(lang, "orgchart.reorg.source")))));
        List<Message.Button> buttons = new ArrayList<>();
        if (swap.isPresent()) {
            blocks.add(new Message.Block.Text(texts.get(lang, "orgchart.reorg.swap", name(swap.get().mover()), name(swap.get().other()),
                    swap.get().otherGroup().name())));
            buttons.add(new Message.Button("orgchart-swap", texts.get(lang, "orgchart.button.swap"), "orgchart swap " + id, Message.Style.PRIMARY));
        } else {
            blocks.add(new Message.Block.Text(texts.get(lang, "orgchart.reorg.noSwap")));
        }
        buttons.add(Message.Button.of("orgchart-ignore", texts.get(lang, "orgchart.button.ignore"), "orgchart ignore " + id));
        blocks.add(new Message.Block.Actions(buttons));
        return new Message(blocks);
    }

    String name(LeaderId id) {
        return leaders.find(id).map(Leader::displayName).orElse(id.user());
    }

    /**
     * An admin's Swap or Ignore. Swap checks again that both groups are as proposed and clean after the swap, moves the
     * two, and admits each into their new group's conversation after the commit; the first admin to answer decides.
     */
    public se.largrupp.core.commands.Reply decide(se.largrupp.core.commands.CommandContext c, String id, boolean swap,
                                                  se.largrupp.core.port.Transactions transactions,
                                                  se.largrupp.core.port.GroupConversations conversations) {
        Optional<String[]> notice = jdbc.queryOne("SELECT group_id, mover_key, other_group_id, other_key FROM org_reorg_notices "
                        + "WHERE notice_id = ? AND workspace_key = ? AND status = 'OPEN'",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, id, c.actor().workspace().key());
        if (notice.isEmpty()) return c.toCaller("orgchart.gone");
        if (!swap || notice.get()[1] == null) {
            jdbc.update("UPDATE org_reorg_notices SET status = 'IGNORED' WHERE notice_id = ?", id);
            return c.toCaller("orgchart.reorg.ignored");
        }
        LeaderId mover = LeaderId.parse(notice.get()[1]), other = LeaderId.parse(notice.get()[3]);
        Optional<LearningGroup> g = groups.find(new se.largrupp.core.groups.GroupId(notice.get()[0]))
                .filter(x -> x.status() == se.largrupp.core.groups.GroupStatus.ACTIVE && x.members().contains(mover));
        Optional<LearningGroup> h = groups.find(new se.largrupp.core.groups.GroupId(notice.get()[2]))
                .filter(x -> x.status() == se.largrupp.core.groups.GroupStatus.ACTIVE && x.members().contains(other));
        if (g.isEmpty() || h.isEmpty()) return c.toCaller("orgchart.reorg.stale");
        List<LeaderId> g2 = replaced(g.get().members(), mover, other), h2 = replaced(h.get().members(), other, mover);
        if (chains.violation(g2).isPresent() || chains.violation(h2).isPresent()) return c.toCaller("orgchart.reorg.stale");
        groups.save(g.get().withMembers(g2));
        groups.save(h.get().withMembers(h2));
        jdbc.update("UPDATE org_reorg_notices SET status = 'APPLIED' WHERE notice_id = ?", id);
        transactions.afterCommit(() -> {
            h.get().conversation().ifPresent(ref -> conversations.admit(ref, List.of(mover)));
            g.get().conversation().ifPresent(ref -> conversations.admit(ref, List.of(other)));
        });
        return c.toCaller("orgchart.reorg.applied", name(mover), h.get().name(), name(other), g.get().name());
    }

    /** Forget me: notices naming the person go (they only ever named ids). */
    public void forget(LeaderId person) {
        jdbc.update("DELETE FROM org_reorg_notices WHERE leader_key = ? OR manager_key = ? OR mover_key = ? OR other_key = ?",
                person.key(), person.key(), person.key(), person.key());
    }
}
