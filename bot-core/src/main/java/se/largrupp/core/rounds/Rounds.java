package se.largrupp.core.rounds;

import java.util.List;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;

/** The repository of rounds: timing and order only. */
public interface Rounds {
    Optional<Round> find(RoundId id);

    /** Inserts or replaces the round. */
    void save(Round round);

    /** The group's round that is running, held or interrupted, if any. */
    Optional<Round> open(GroupId group);

    /** The group's most recent round by start time, open or not. */
    Optional<Round> latest(GroupId group);

    /** Every round that is running, held or interrupted (for the restart check). */
    List<Round> allOpen();

    /** Takes the leader out of every round's order ({@link Round#without}); a round left with nobody goes. */
    void forget(LeaderId leader);
}
