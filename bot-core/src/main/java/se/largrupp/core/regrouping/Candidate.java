package se.largrupp.core.regrouping;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A leader as the regrouper sees them. Leaders who do not take part now (paused, gone) are still passed in with
 * {@code takesPart = false}: they are never grouped, but their manager link keeps the chain whole, so a leader is
 * still kept away from their manager's manager while the manager in between is on pause.
 *
 * @param zoneOffsetMinutes the leader's UTC offset in minutes at planning time
 * @param location          optional office or city; leaders in different locations cost a little
 * @param notWith           a confidential list of ids this leader is never grouped with (both directions)
 */
public record Candidate(
        String id,
        Optional<String> department,
        Optional<String> managerId,
        int zoneOffsetMinutes,
        Optional<String> location,
        List<String> notWith,
        boolean takesPart) {

    public Candidate {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("candidate id is blank");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(managerId, "managerId");
        Objects.requireNonNull(location, "location");
        notWith = List.copyOf(notWith);
    }

    /** A taking-part leader in UTC with no location and no not-with list. */
    public static Candidate of(String id, String department, String managerId) {
        return new Candidate(id, Optional.ofNullable(department), Optional.ofNullable(managerId), 0, Optional.empty(),
                List.of(), true);
    }

    public Candidate withZoneOffsetMinutes(int minutes) {
        return new Candidate(id, department, managerId, minutes, location, notWith, takesPart);
    }

    public Candidate withNotWith(List<String> ids) {
        return new Candidate(id, department, managerId, zoneOffsetMinutes, location, ids, takesPart);
    }

    public Candidate withLocation(String where) {
        return new Candidate(id, department, managerId, zoneOffsetMinutes, Optional.ofNullable(where), notWith, takesPart);
    }

    public Candidate notTakingPart() {
        return new Candidate(id, department, managerId, zoneOffsetMinutes, location, notWith, false);
    }
}
