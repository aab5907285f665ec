package se.largrupp.core.leaders.usecases;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.CoMembership;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.MeetingStatus;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.port.Message;

/** Participation figures for the admins of a workspace: counts and rates only, never what anyone said. */
public final class ShowStats implements CommandHandler<Command.Stats> {
    private final Leaders leaders;
    private final Groups groups;
    private final Meetings meetings;

    public ShowStats(Leaders leaders, Groups groups, Meetings meetings) {
        this.leaders = leaders;
        this.groups = groups;
        this.meetings = meetings;
    }

    /** The figures, apart from their presentation, so they can be tested and reused. */
    /**
     * @param waiting     leaders who take part and have no group
     * @param smallGroups names of the active groups down to two (or fewer) taking part: they may need a newcomer or a merge
     */
    public record Figures(int active, int paused, int activeGroups, int held, int skipped, int invitations, int answered, int coming,
                          int waiting, List<String> smallGroups) {
        public Figures {
            smallGroups = List.copyOf(smallGroups);
        }

        int percent(int part, int whole) {
            return whole == 0 ? 0 : Math.round(100f * part / whole);
        }
    }

    public Figures figures(Workspace workspace, java.time.Instant now) {
        List<Leader> all = leaders.inWorkspace(workspace);
        int active = 0, paused = 0;
        for (Leader l : all) {
            if (l.status().takesPartOn(now.atZone(l.zone()).toLocalDate())) active++;
            else paused++;
        }
        List<LearningGroup> activeGroups = groups.active(workspace);
        Set<se.largrupp.core.leaders.LeaderId> grouped = new java.util.HashSet<>();
        activeGroups.forEach(g -> grouped.addAll(g.members()));
        java.util.Map<se.largrupp.core.leaders.LeaderId, Leader> byId = new java.util.HashMap<>();
        all.forEach(l -> byId.put(l.id(), l));
        java.util.function.Predicate<Leader> takesPart = l -> l.status().takesPartOn(now.atZone(l.zone()).toLocalDate());
        int waiting = (int) all.stream().filter(takesPart).filter(l -> !grouped.contains(l.id())).count();
        List<String> small = activeGroups.stream().filter(g -> g.members().stream().map(byId::get)
                .filter(l -> l != null && takesPart.test(l)).count() <= 2).map(LearningGroup::name).toList();
        Set<GroupId> everyGroup = new LinkedHashSet<>();
        activeGroups.forEach(g -> everyGroup.add(g.id()));
        groups.history(workspace).stream().map(CoMembership::group).forEach(everyGroup::add);
        int held = 0, skipped = 0, invitations = 0, answered = 0, coming = 0;
        for (GroupId id : everyGroup) {
            int size = groups.find(id).map(g -> g.members().size()).orElse(0);
            for (Meeting m : meetings.ofGroup(id)) {
                if (!m.startsAt().isBefore(now)) continue;
                if (m.status() == MeetingStatus.SKIPPED) { skipped++; continue; }
                if (m.status() == MeetingStatus.HELD) held++;
                invitations += size;
                answered += m.rsvps().size();
                coming += (int) m.rsvps().values().stream().filter(r -> r == se.largrupp.core.meetings.Rsvp.COMING).count();
            }
        }
        return new Figures(active, paused, activeGroups.size(), held, skipped, invitations, answered, coming, waiting, small);
    }

    @Override
    public Reply handle(CommandContext c, Command.Stats command) {
        Figures f = figures(c.actor().workspace(), c.now());
        return Reply.toCaller(Message.of(
                new Message.Block.Heading(c.text("stats.title")),
                new Message.Block.Fields(List.of(
                        new Message.Field(c.text("stats.leaders"), c.text("stats.leaders.value", f.active(), f.paused())),
                        new Message.Field(c.text("stats.groups"), c.text("stats.groups.value", f.activeGroups())),
                        new Message.Field(c.text("stats.waiting"), c.text("stats.waiting.value", f.waiting())),
                        // Group names are for admins: a sponsor sees aggregates only.
                        new Message.Field(c.text("stats.small"), f.smallGroups().isEmpty() ? c.text("stats.small.none")
                                : c.admin() ? String.join(", ", f.smallGroups()) + " " + c.text("stats.small.hint")
                                : String.valueOf(f.smallGroups().size())),
                        new Message.Field(c.text("stats.meetings"), c.text("stats.meetings.value", f.held(), f.skipped())),
                        new Message.Field(c.text("stats.rsvp"), c.text("stats.rsvp.value",
                                f.percent(f.answered(), f.invitations()), f.percent(f.coming(), f.answered()))))),
                new Message.Block.Context(c.text("stats.privacy", LocalDate.ofInstant(c.now(), java.time.ZoneOffset.UTC).toString()))));
    }
}
