package se.largrupp.core.leaders;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the directory or HR's import already says about a person, stronger than what they type: joining asks nothing
 * that is known, and a typed department or manager does not overrule it.
 */
@FunctionalInterface
public interface KnownFacts {
    record Known(Optional<String> department, Optional<LeaderId> manager, Optional<ZoneId> zone, List<LeaderId> notWith) {
        public static final Known NOTHING = new Known(Optional.empty(), Optional.empty(), Optional.empty(), List.of());

        public Known {
            notWith = List.copyOf(notWith);
        }

        /** Both facts the join form asks for. */
        public boolean coversTheForm() {
            return department.isPresent() && manager.isPresent();
        }
    }

    Known of(LeaderId person);

    KnownFacts NONE = person -> Known.NOTHING;
}
