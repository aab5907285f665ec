package se.largrupp.core.orgchart;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;

/** What one source says about a person; only what the grouping rules need. */
public record OrgFact(LeaderId person, FactSource source, Optional<String> department, Optional<LeaderId> manager,
                      Optional<ZoneId> zone, Optional<String> location, Instant updatedAt) {
    public OrgFact {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The same facts from another time: a re-import that says the same changes nothing else. */
    boolean sameAs(OrgFact o) {
        return department.equals(o.department) && manager.equals(o.manager) && zone.equals(o.zone) && location.equals(o.location);
    }
}
