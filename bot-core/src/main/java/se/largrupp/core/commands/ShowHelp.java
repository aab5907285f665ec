package se.largrupp.core.commands;

import java.util.List;
import se.largrupp.core.port.Message;

/** The command list in the caller's language; admins also see the admin commands, sponsors theirs. */
public final class ShowHelp implements CommandHandler<Command.Help> {
    private static final List<String> EVERYONE = List.of("join", "leave", "pause", "resume", "status", "schedule", "rsvp",
            "skip", "start", "template", "next", "nextPerson", "extend", "hold", "continue", "stop", "agree", "rules", "questions", "language", "calendar",
            "group", "forget", "whoami", "help");
    private static final List<String> ADMIN = List.of("regroup", "placement", "stats", "encourage", "admin", "sponsor", "settings");
    private static final List<String> SPONSOR = List.of("stats", "encourage");

    @Override
    public Reply handle(CommandContext c, Command.Help command) {
        List<String> lines = EVERYONE.stream().map(k -> c.text("help.line." + k)).toList();
        Message.Block intro = new Message.Block.Heading(c.text("help.title"));
        if (!c.admin() && c.sponsor()) {
            List<String> sponsor = SPONSOR.stream().map(k -> c.text("help.line." + k)).toList();
            return Reply.toCaller(Message.of(intro, new Message.Block.Bullets(lines),
                    new Message.Block.Text(c.text("help.sponsor")), new Message.Block.Bullets(sponsor),
                    new Message.Block.Context(c.text("help.footer"))));
        }
        if (!c.admin())
            return Reply.toCaller(Message.of(intro, new Message.Block.Bullets(lines), new Message.Block.Context(c.text("help.footer"))));
        List<String> admin = ADMIN.stream().map(k -> c.text("help.line." + k)).toList();
        return Reply.toCaller(Message.of(intro, new Message.Block.Bullets(lines),
                new Message.Block.Text(c.text("help.admin")), new Message.Block.Bullets(admin),
                new Message.Block.Context(c.text("help.footer"))));
    }
}
