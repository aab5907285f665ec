package se.largrupp.core.meetings;

import java.time.LocalDate;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;

/** Who opens the group's next round; the rounds feature knows the rotation (so meetings need not import it). */
@FunctionalInterface
public interface NextOpener {
    Optional<LeaderId> of(GroupPeople people, LocalDate day);

    NextOpener UNKNOWN = (people, day) -> Optional.empty();
}
