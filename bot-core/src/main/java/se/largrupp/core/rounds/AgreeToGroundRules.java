package se.largrupp.core.rounds;

import java.time.Clock;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.meetings.GroupPeople;

/** {@code agree} / {@code jag lovar}: a member agrees to the group's ground rules; only the fact is stored. */
final class AgreeToGroundRules implements CommandHandler<Command.Agree> {
    private final Leaders leaders;
    private final Rounds rounds;
    private final GroundRules groundRules;
    private final GroundRulesCard card;
    private final Clock clock;

    AgreeToGroundRules(Leaders leaders, Rounds rounds, GroundRules groundRules, GroundRulesCard card, Clock clock) {
        this.leaders = leaders;
        this.rounds = rounds;
        this.groundRules = groundRules;
        this.card = card;
        this.clock = clock;
    }

    @Override
    public Reply handle(CommandContext context, Command.Agree command) {
        if (!RoundsFeature.inGroupConversation(context)) return context.refuse("method.rules.refused.noGroup");
        LearningGroup group = context.group().orElseThrow();
        groundRules.agree(group.id(), context.actor(), clock.instant());
        Optional<Round> open = rounds.open(group.id()).filter(r -> r.order().contains(context.actor()));
        open.ifPresent(r -> card.show(GroupPeople.load(group, leaders), r, groundRules.agreed(group.id())));
        return context.toCaller("method.rules.ack");
    }
}
