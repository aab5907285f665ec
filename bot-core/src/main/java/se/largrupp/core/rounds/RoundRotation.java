package se.largrupp.core.rounds;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.GroupPeople;
import se.largrupp.core.meetings.NextOpener;

/** Who opens next time, for the day-before nudge: the first in the rotated order of the active members. */
public final class RoundRotation implements NextOpener {
    private final Rounds rounds;

    public RoundRotation(Rounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public Optional<LeaderId> of(GroupPeople people, LocalDate day) {
        List<LeaderId> last = rounds.latest(people.group().id()).map(Round::order).orElse(List.of());
        return TurnOrder.next(people.activeMembers(day), last).stream().findFirst();
    }
}
