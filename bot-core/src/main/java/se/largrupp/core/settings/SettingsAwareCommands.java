package se.largrupp.core.settings;

import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandService;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;

/**
 * The command service as a workspace's settings shape it for the adapters: a caller whose platform names no language
 * is answered in the workspace's default (a language the leader chose still comes first), and the join form offers
 * the workspace's departments.
 */
public final class SettingsAwareCommands implements CommandService {
    private final CommandService inner;
    private final WorkspaceSettings settings;

    public SettingsAwareCommands(CommandService inner, WorkspaceSettings settings) {
        this.inner = inner;
        this.settings = settings;
    }

    @Override
    public Reply execute(Invocation invocation, String text) {
        ProgrammeSettings s = settings.of(invocation.actor().workspace());
        return shaped(inner.execute(withLanguage(invocation, s), text), s);
    }

    @Override
    public Reply execute(Invocation invocation, Command command) {
        ProgrammeSettings s = settings.of(invocation.actor().workspace());
        return shaped(inner.execute(withLanguage(invocation, s), command), s);
    }

    private static Invocation withLanguage(Invocation i, ProgrammeSettings s) {
        if (i.platformLanguage().isPresent()) return i;
        return new Invocation(i.actor(), i.actorName(), java.util.Optional.of(s.language()), i.conversation(), i.deliveryId(),
                i.replyTo(), i.addresses());
    }

    private static Reply shaped(Reply reply, ProgrammeSettings s) {
        if (reply instanceof Reply.OpenJoinForm form && form.departments().isEmpty() && !s.departments().isEmpty()) {
            return new Reply.OpenJoinForm(form.language(), s.departments(), form.department(), form.manager());
        }
        return reply;
    }
}
