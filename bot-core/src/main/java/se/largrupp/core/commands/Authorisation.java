package se.largrupp.core.commands;

import java.util.Optional;
import java.util.Set;

/** Who may run what: admins run the programme; only members act on their own group. */
final class Authorisation {
    private static final Set<Class<? extends Command>> ADMIN_ONLY = Set.of(
            Command.Regroup.class, Command.Admin.class, Command.Placement.class, Command.Sponsor.class,
            Command.OrgChart.class, Command.OrgChartFile.class, Command.Settings.class);

    /** Aggregates only: sponsors see them as well as admins. */
    private static final Set<Class<? extends Command>> FIGURES = Set.of(Command.Stats.class, Command.Encourage.class);

    /** Commands about one group: the caller must be one of its members. */
    private static final Set<Class<? extends Command>> GROUP = Set.of(
            Command.Schedule.class, Command.Rsvp.class, Command.Skip.class, Command.Start.class, Command.Next.class,
            Command.Extend.class, Command.Hold.class, Command.Continue.class, Command.Stop.class, Command.Calendar.class,
            Command.Merge.class, Command.GroupKeep.class, Command.NextPerson.class, Command.Template.class, Command.Agree.class);

    /** Commands that change a leader's own participation: the caller must have joined. */
    private static final Set<Class<? extends Command>> JOINED = Set.of(
            Command.Leave.class, Command.Pause.class, Command.Resume.class, Command.SetLanguage.class, Command.GroupNew.class);

    private Authorisation() {}

    /**
     * @param conversationGroupMember empty when the command was not typed in a group's conversation; else whether the
     *                                caller is a member of that group
     */
    static Optional<Refusal> check(Command command, CommandContext context, Optional<Boolean> conversationGroupMember) {
        Class<? extends Command> type = command.getClass();
        if (ADMIN_ONLY.contains(type) && !context.admin()) return Optional.of(Refusal.of("commands.refusal.adminOnly"));
        if (FIGURES.contains(type) && !context.seesFigures()) return Optional.of(Refusal.of("commands.refusal.sponsorOnly"));
        if (JOINED.contains(type) && context.leader().isEmpty()) return Optional.of(Refusal.of("commands.refusal.notJoined"));
        if (GROUP.contains(type)) {
            if (conversationGroupMember.filter(member -> !member).isPresent())
                return Optional.of(Refusal.of("commands.refusal.notMember"));
            if (context.group().isEmpty()) return Optional.of(Refusal.of("commands.refusal.noGroup"));
        }
        return Optional.empty();
    }
}
