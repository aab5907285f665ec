package se.largrupp.core.settings;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.continuity.PlacementMode;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.meetings.NudgeTimes;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.regrouping.RegroupFeature;
import se.largrupp.core.scheduling.AfterCommitWakeups;

/**
 * Per-workspace settings for the whole programme: the {@code settings} command, and what the other features ask of
 * it — nudge times and the regroup cycle (meetings), the manager depth and archiving (regrouping), the placement mode
 * (continuity), the departments of the join form and the default language (the command service). Register with
 * {@code .handler(Command.Settings.class, settings::handle)}.
 */
public final class SettingsFeature {
    private final WorkspaceSettings store;
    private final ChangeSettings change;

    public SettingsFeature(WorkspaceSettings store, Wakeups wakeups, Transactions transactions, Clock clock) {
        this.store = store;
        this.change = new ChangeSettings(store, AfterCommitWakeups.of(wakeups, transactions), clock);
    }

    public Reply handle(CommandContext context, Command.Settings command) {
        return change.handle(context, command);
    }

    public WorkspaceSettings store() {
        return store;
    }

    public MeetingSettings.Lookup meetings() {
        return new MeetingSettings.Lookup() {
            @Override
            public Optional<NudgeTimes> nudges(Workspace workspace) {
                return Optional.of(store.of(workspace).nudges());
            }

            @Override
            public Optional<MeetingSettings.RegroupCycle> regroupCycle(Workspace workspace) {
                return store.of(workspace).regroupCycle();
            }
        };
    }

    public RegroupFeature.PerWorkspace regrouping() {
        return new RegroupFeature.PerWorkspace() {
            @Override
            public OptionalInt managerDepth(Workspace workspace) {
                return OptionalInt.of(store.of(workspace).engineDepth());
            }

            @Override
            public Optional<Boolean> archivePrevious(Workspace workspace) {
                return Optional.of(store.of(workspace).archiveOldGroups());
            }
        };
    }

    public Function<Workspace, Optional<PlacementMode>> placement() {
        return workspace -> Optional.of(store.of(workspace).placement());
    }

    /** The command service as the adapters should see it: join form departments and default language per workspace. */
    public CommandService commands(CommandService inner) {
        return new SettingsAwareCommands(inner, store);
    }
}
