package se.largrupp.core.rounds;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.GroupPeople;
import se.largrupp.core.meetings.NextOpener;
import se.largrupp.core.rounds.roles.FairRoles;
import se.largrupp.core.rounds.roles.Role;
import se.largrupp.core.rounds.roles.RoleLedger;

/**
 * Who opens next time, for the day-before nudge, and the turn order of a round: the rotation (whoever opened last goes
 * last, newcomers first) with the opener chosen fairly by the ledger, so one who missed meetings opens when back.
 */
public final class RoundRotation implements NextOpener {
    private final Rounds rounds;
    private final RoleLedger ledger;

    public RoundRotation(Rounds rounds, RoleLedger ledger) {
        this.rounds = rounds;
        this.ledger = ledger;
    }

    @Override
    public Optional<LeaderId> of(GroupPeople people, LocalDate day) {
        return order(people.group().id(), people.activeMembers(day)).stream().findFirst();
    }

    /** The turn order of a round of {@code present}: the rotation, with the opener the ledger says is fairest. */
    List<LeaderId> order(se.largrupp.core.groups.GroupId group, List<LeaderId> present) {
        List<LeaderId> last = rounds.latest(group).map(Round::order).orElse(List.of());
        return FairRoles.order(TurnOrder.next(present, last), ledger.of(group, Role.OPENER));
    }
}
