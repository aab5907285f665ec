package se.largrupp.core.groups;

import java.time.Instant;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;

/** Two leaders shared a group from {@code from} until {@code until} (empty while the group is active). */
public record CoMembership(LeaderId a, LeaderId b, GroupId group, int generation, Instant from, Optional<Instant> until) {}
