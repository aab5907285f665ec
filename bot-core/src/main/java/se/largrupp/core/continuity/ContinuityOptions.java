package se.largrupp.core.continuity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.regrouping.Continuation;
import se.largrupp.core.regrouping.RegroupOptions;
import se.largrupp.core.storage.Jdbc;

/**
 * What the continuity feature needs beyond the core's ports; give it to {@code Largrupp.builder().continuity(…)}, and
 * its {@link #continuation} to the regrouping feature.
 *
 * @param settle   how long after a join the placement runs, so joins arriving together are placed together
 * @param engine   the regrouping's options: the same manager depth and weights decide every placement
 * @param meetings for the next regrouping's date the waiting are told (a regroup cycle, when configured)
 * @param modes    each workspace's own placement mode, if its admins chose one
 * @param depths   each workspace's own manager depth, if its admins chose one (as the regrouping asks it)
 */
public record ContinuityOptions(ContinuityStore store, PlacementMode mode, Duration settle, RegroupOptions engine,
                                MeetingSettings meetings, java.util.function.Function<Workspace, Optional<PlacementMode>> modes,
                                java.util.function.Function<Workspace, OptionalInt> depths) {
    public static final Duration DEFAULT_SETTLE = Duration.ofMinutes(3);
    /** How long an invitation to a new group stands. */
    public static final Duration INVITATION = Duration.ofDays(7);

    public ContinuityOptions {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(settle, "settle");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(modes, "modes");
        Objects.requireNonNull(depths, "depths");
    }

    public ContinuityOptions(ContinuityStore store, PlacementMode mode, Duration settle, RegroupOptions engine, MeetingSettings meetings) {
        this(store, mode, settle, engine, meetings, ws -> Optional.empty(), ws -> OptionalInt.empty());
    }

    /** The workspace's placement mode: its admins' choice in chat, else the configured one. */
    public PlacementMode mode(Workspace workspace) {
        return modes.apply(workspace).orElse(mode);
    }

    /** With each workspace's own placement mode looked up first. */
    public ContinuityOptions withModes(java.util.function.Function<Workspace, Optional<PlacementMode>> lookup) {
        return new ContinuityOptions(store, mode, settle, engine, meetings, lookup, depths);
    }

    /** The engine for a workspace's placements: its admins' manager depth, else the configured one. */
    public RegroupOptions engine(Workspace workspace) {
        OptionalInt depth = depths.apply(workspace);
        return depth.isPresent() ? engine.withManagerDepth(depth.getAsInt()) : engine;
    }

    /** With each workspace's own manager depth looked up first, the same lookup the regrouping uses. */
    public ContinuityOptions withDepths(java.util.function.Function<Workspace, OptionalInt> lookup) {
        return new ContinuityOptions(store, mode, settle, engine, meetings, modes, lookup);
    }

    public static ContinuityOptions jdbc(Jdbc jdbc, PlacementMode mode, RegroupOptions engine, MeetingSettings meetings) {
        return new ContinuityOptions(ContinuityStore.jdbc(jdbc), mode, DEFAULT_SETTLE, engine, meetings);
    }

    public ContinuityOptions withSettle(Duration d) {
        return new ContinuityOptions(store, mode, d, engine, meetings, modes, depths);
    }

    /**
     * For the regrouping feature: groups their members started themselves are kept together (unless they chose to
     * mix), and after an apply those it left out are placed or put on the waiting list.
     */
    public Continuation continuation(Groups groups) {
        return new Continuation() {
            @Override
            public List<List<LeaderId>> keepTogether(Workspace workspace) {
                return store.invitations().inWorkspace(workspace).stream()
                        .filter(i -> i.selfStarted() && i.keepTogether() && i.group().isPresent())
                        .map(i -> groups.find(i.group().get()).filter(LearningGroup::isActive).map(LearningGroup::members))
                        .flatMap(Optional::stream).toList();
            }

            @Override
            public void applied(Workspace workspace, Instant now, Wakeups afterCommit) {
                if (mode(workspace) != PlacementMode.OFF) afterCommit.schedule(PlaceNewcomers.TOPIC, PlaceNewcomers.subject(workspace), now.plus(settle));
            }
        };
    }
}
