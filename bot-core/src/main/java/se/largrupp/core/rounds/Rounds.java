package se.largrupp.core.rounds;

import java.util.List;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;

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
}
