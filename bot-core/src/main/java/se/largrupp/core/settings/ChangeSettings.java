package se.largrupp.core.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import java.time.Clock;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.RemindRegroup;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.port.Message;

/**
 * {@code settings} / {@code inställningar}: an admin sees the workspace's programme settings, or changes one. A name
 * or value that does not read is refused with what would, and nothing changes.
 */
public final class ChangeSettings implements CommandHandler<Command.Settings> {
    private final WorkspaceSettings settings;
    private final Wakeups afterCommit;
    private final Clock clock;

    /** @param afterCommit wake-ups scheduled once the change has committed (the regroup reminder) */
    public ChangeSettings(WorkspaceSettings settings, Wakeups afterCommit, Clock clock) {
        this.settings = settings;
        this.afterCommit = afterCommit;
        this.clock = clock;
    }

    @Override
    public Reply handle(CommandContext c, Command.Settings command) {
        Workspace ws = c.actor().workspace();
        if (command.name().isEmpty()) return Reply.toCaller(withForm(c, overview(c, settings.of(ws), "settings.title")));
        Optional<Setting> setting = Setting.named(command.name().get());
        if (setting.isEmpty()) return c.refuse("settings.refusal.unknown", command.name().get(), names(c));
        if (command.value().isBlank()) return c.refuse("settings.refusal.missing." + setting.get().key());
        Optional<String> stored = setting.get().read(command.value());
        if (stored.isEmpty()) return c.refuse("settings.refusal.bad." + setting.get().key(), command.value());
        settings.change(ws, setting.get(), stored.get());
        ProgrammeSettings now = settings.of(ws);
        if (setting.get() == Setting.REGROUP) RemindRegroup.replan(afterCommit, ws, now.regroupCycle(), clock.instant());
        return Reply.toCaller(withForm(c, overview(c, now, "settings.changed")));
    }

    /** The overview followed by the settings form, which a platform without a settings modal renders as inputs. */
    private static Message withForm(CommandContext c, Message overview) {
        List<Message.Block> blocks = new ArrayList<>(overview.blocks());
        blocks.add(new Message.Block.Form(Message.Block.Form.SETTINGS, c.language()));
        return Message.of(blocks.toArray(Message.Block[]::new));
    }

    /** The settings as a list for the admin: also App Home's. */
    public static Message overview(CommandContext c, ProgrammeSettings s, String headingKey) {
        List<Message.Field> fields = new ArrayList<>();
        for (Setting setting : Setting.values()) fields.add(new Message.Field(c.text("settings.name." + setting.key()), value(c, s, setting)));
        return Message.of(new Message.Block.Heading(c.text(headingKey)), new Message.Block.Fields(fields),
                new Message.Block.Text(c.text("settings.how")));
    }

    private static String value(CommandContext c, ProgrammeSettings s, Setting setting) {
        return switch (setting) {
            case DEPARTMENTS -> s.departments().isEmpty() ? c.text("settings.value.freeText") : String.join(", ", s.departments());
            case NUDGES -> c.text("settings.value.nudges", s.nudges().dayBefore().toHours(), s.nudges().shortly().toMinutes());
            case REGROUP -> s.regroupCycle().map(r -> c.text("settings.value.regroup", r.firstDate().toString(),
                    r.every().getDays() / 7)).orElse(c.text("settings.value.off"));
            case DEPTH -> s.managerDepth() == 0 ? c.text("settings.value.wholeChain") : String.valueOf(s.managerDepth());
            case PLACEMENT -> c.text("settings.value.placement." + s.placement().name().toLowerCase(java.util.Locale.ROOT));
            case ARCHIVE -> c.text(s.archiveOldGroups() ? "settings.value.on" : "settings.value.off");
            case LANGUAGE -> c.text("settings.value.language." + s.language().code());
        };
    }

    private static String names(CommandContext c) {
        return String.join(", ", Arrays.stream(Setting.values()).map(s -> c.text("settings.word." + s.key())).toList());
    }
}
