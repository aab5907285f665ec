package se.largrupp.core.meetings;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.leaders.Workspace;

/**
 * Per-workspace settings of the meeting rhythm. They are options given to the assembly (deploy reads them from its
 * configuration), not stored: they change with a deployment, not from chat. A workspace without an entry gets the
 * defaults.
 *
 * @param nudges       default nudge times
 * @param perWorkspace nudge times of particular workspaces
 * @param regrouping   optional periodic regrouping per workspace: admins get a reminder a week before each date
 */
public record MeetingSettings(NudgeTimes nudges, Map<Workspace, NudgeTimes> perWorkspace,
                              Map<Workspace, RegroupCycle> regrouping, Lookup stored) {

    /** A workspace's own settings, as its admins changed them in chat; they win over the configured ones. */
    public interface Lookup {
        Optional<NudgeTimes> nudges(Workspace workspace);

        Optional<RegroupCycle> regroupCycle(Workspace workspace);

        Lookup NONE = new Lookup() {
            @Override
            public Optional<NudgeTimes> nudges(Workspace workspace) {
                return Optional.empty();
            }

            @Override
            public Optional<RegroupCycle> regroupCycle(Workspace workspace) {
                return Optional.empty();
            }
        };
    }

    public MeetingSettings {
        Objects.requireNonNull(nudges, "nudges");
        perWorkspace = Map.copyOf(perWorkspace);
        regrouping = Map.copyOf(regrouping);
        Objects.requireNonNull(stored, "stored");
    }

    public MeetingSettings(NudgeTimes nudges, Map<Workspace, NudgeTimes> perWorkspace, Map<Workspace, RegroupCycle> regrouping) {
        this(nudges, perWorkspace, regrouping, Lookup.NONE);
    }

    /** With the workspaces' stored settings looked up first. */
    public MeetingSettings withStored(Lookup lookup) {
        return new MeetingSettings(nudges, perWorkspace, regrouping, lookup);
    }

    public static MeetingSettings defaults() {
        return new MeetingSettings(NudgeTimes.DEFAULT, Map.of(), Map.of());
    }

    public NudgeTimes nudgeTimes(Workspace workspace) {
        return stored.nudges(workspace).orElseGet(() -> perWorkspace.getOrDefault(workspace, nudges));
    }

    public Optional<RegroupCycle> regroupCycle(Workspace workspace) {
        return stored.regroupCycle(workspace).or(() -> Optional.ofNullable(regrouping.get(workspace)));
    }

    public MeetingSettings withNudges(Workspace workspace, NudgeTimes times) {
        Map<Workspace, NudgeTimes> next = new java.util.HashMap<>(perWorkspace);
        next.put(workspace, times);
        return new MeetingSettings(nudges, next, regrouping, stored);
    }

    public MeetingSettings withRegrouping(Workspace workspace, RegroupCycle cycle) {
        Map<Workspace, RegroupCycle> next = new java.util.HashMap<>(regrouping);
        next.put(workspace, cycle);
        return new MeetingSettings(nudges, perWorkspace, next, stored);
    }

    /** Regroup on {@code firstDate} and every {@code every} after it. */
    public record RegroupCycle(LocalDate firstDate, Period every) {
        public RegroupCycle {
            Objects.requireNonNull(firstDate, "firstDate");
            Objects.requireNonNull(every, "every");
            if (every.isNegative() || every.isZero()) throw new IllegalArgumentException("regroup period must be positive");
        }

        /** The first regrouping date on or after {@code day}. */
        public LocalDate nextOnOrAfter(LocalDate day) {
            LocalDate d = firstDate;
            while (d.isBefore(day)) d = d.plus(every);
            return d;
        }
    }
}
