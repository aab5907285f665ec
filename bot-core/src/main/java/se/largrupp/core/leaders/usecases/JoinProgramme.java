package se.largrupp.core.leaders.usecases;

import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.commands.Refusal;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.leaders.KnownFacts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.UserReference;
import se.largrupp.core.port.Message;

/**
 * Joins the pool of leaders, or updates one's profile. A bare {@code join} from someone not yet in the programme
 * opens the adapter's form for department and manager; a leader who left can join again.
 */
public final class JoinProgramme implements CommandHandler<Command.Join> {
    static final int MAX_DEPARTMENT = 80;
    private final Leaders leaders;
    private final List<ParticipationChanged> listeners;
    private final KnownFacts known;

    public JoinProgramme(Leaders leaders) {
        this(leaders, List.of());
    }

    /** @param listeners told when someone joins (or comes back after leaving), not when a profile changes */
    public JoinProgramme(Leaders leaders, List<ParticipationChanged> listeners) {
        this(leaders, listeners, KnownFacts.NONE);
    }

    /** @param known what the directory or HR says; it wins over what is typed, and the form is not shown for it */
    public JoinProgramme(Leaders leaders, List<ParticipationChanged> listeners, KnownFacts known) {
        this.leaders = leaders;
        this.listeners = List.copyOf(listeners);
        this.known = known;
    }

    @Override
    public Reply handle(CommandContext c, Command.Join join) {
        Optional<Leader> existing = leaders.find(c.actor());
        boolean inProgramme = existing.filter(l -> !(l.status() instanceof LeaderStatus.Left)).isPresent();
        KnownFacts.Known facts = known.of(c.actor());
        // HR or the directory already said what the form asks: joining is one press.
        if (!join.hasArguments() && !inProgramme && !facts.coversTheForm()) return new Reply.OpenJoinForm(c.language(), List.of(), facts.department(), facts.manager());
        if (!join.hasArguments() && inProgramme) return c.toCaller("leaders.join.already");

        // Forms bypass the parser, so the use case checks what it stores.
        if (join.department().filter(d -> d.isBlank() || d.length() > MAX_DEPARTMENT || d.chars().anyMatch(Character::isISOControl)).isPresent())
            return c.refuse(Refusal.withUsage("commands.usage.join", "commands.refusal.tooLongField", MAX_DEPARTMENT));
        Optional<LeaderId> manager = Optional.empty();
        if (join.manager().isPresent()) {
            manager = UserReference.resolve(join.manager().get(), c.actor().workspace());
            if (manager.isEmpty()) return c.refuse(Refusal.withUsage("commands.usage.join", "leaders.join.badManager"));
            if (manager.get().equals(c.actor())) return c.refuse(Refusal.withUsage("commands.usage.join", "leaders.join.selfManager"));
            // Only someone the platform or the programme knows: a mention is the platform's own (Slack and Teams
            // escape a typed '<'; pickers answer with real ids), a bare id must name a leader of the programme.
            Optional<Leader> boss = leaders.find(manager.get()).filter(l -> !(l.status() instanceof LeaderStatus.Left));
            if (boss.isEmpty() && !UserReference.isMention(join.manager().get()))
                return c.refuse(Refusal.withUsage("commands.usage.join", "leaders.join.unknownManager", join.manager().get().strip()));
            if (boss.isPresent() && reportsTo(boss.get(), c.actor()))
                return c.refuse(Refusal.of("leaders.join.managerCycle", boss.get().displayName()));
        }
        Leader base = inProgramme ? existing.get() : rejoining(c, existing, facts);
        Optional<String> department = join.department().isPresent() ? join.department().map(String::strip) : base.department();
        Optional<LeaderId> typedManager = manager.isPresent() ? manager : base.manager();
        Leader saved = base.withProfile(c.invocation().actorName(),
                        facts.department().or(() -> department),
                        facts.manager().or(() -> typedManager))
                .withLanguage(join.language().isPresent() ? join.language() : base.language());
        leaders.save(saved);
        if (!inProgramme) listeners.forEach(l -> l.changed(saved.id(), c.now()));

        Language lang = saved.languageOr(c.language());
        String key = inProgramme ? "leaders.join.updated" : "leaders.join.welcome";
        return Reply.toCaller(Message.of(
                new Message.Block.Text(c.texts().get(lang, key, saved.displayName())),
                new Message.Block.Fields(java.util.List.of(
                        new Message.Field(c.texts().get(lang, "leaders.field.department"),
                                saved.department().orElse(c.texts().get(lang, "leaders.field.none"))),
                        new Message.Field(c.texts().get(lang, "leaders.field.manager"),
                                saved.manager().map(m -> Formats.name(leaders, m)).orElse(c.texts().get(lang, "leaders.field.none")))))));
    }

    /** Whether {@code actor} is already somewhere above {@code leader} in the stored reporting line. */
    private boolean reportsTo(Leader leader, LeaderId actor) {
        java.util.Set<LeaderId> seen = new java.util.HashSet<>();
        for (Optional<LeaderId> up = leader.manager(); up.isPresent() && seen.add(up.get()); up = leaders.find(up.get()).flatMap(Leader::manager))
            if (up.get().equals(actor)) return true;
        return false;
    }

    /** A newcomer, or a leader who left and comes back: a fresh start that keeps their language choice. */
    private static Leader rejoining(CommandContext c, Optional<Leader> left, KnownFacts.Known facts) {
        Leader joining = Leader.joining(c.actor(), c.invocation().actorName(), c.now());
        Leader fresh = facts.zone().map(joining::withZone).orElse(joining)
                .withNotWith(facts.notWith().stream().filter(o -> !o.equals(c.actor())).limit(Leader.MAX_NOT_WITH).toList());
        return left.map(l -> fresh.withLanguage(l.language()).withZone(l.zone())
                .withProfile(fresh.displayName(), l.department(), l.manager())).orElse(fresh);
    }
}
