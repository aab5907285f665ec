package se.largrupp.core.leaders.usecases;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.meetings.GroupPeople;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.meetings.NextOccurrence;
import se.largrupp.core.meetings.NextOpener;
import se.largrupp.core.port.Message;

/** "Where am I?": participation, group, members, the next meeting and one's own answer for it. */
public final class ShowStatus implements CommandHandler<Command.Status> {
    private final Leaders leaders;
    private final Meetings meetings;
    private final NextOpener opener;
    private final List<StatusNotes> notes;

    public ShowStatus(Leaders leaders, Meetings meetings, NextOpener opener) {
        this(leaders, meetings, opener, List.of());
    }

    /** @param notes what other features add: a place on the waiting list, an open invitation */
    public ShowStatus(Leaders leaders, Meetings meetings, NextOpener opener, List<StatusNotes> notes) {
        this.leaders = leaders;
        this.meetings = meetings;
        this.opener = opener;
        this.notes = List.copyOf(notes);
    }

    @Override
    public Reply handle(CommandContext c, Command.Status command) {
        if (c.leader().isEmpty()) return c.toCaller("leaders.status.notJoined");
        Leader me = c.leader().get();
        List<Message.Field> fields = new ArrayList<>();
        fields.add(new Message.Field(c.text("leaders.field.status"), participation(c, me)));
        me.department().ifPresent(d -> fields.add(new Message.Field(c.text("leaders.field.department"), d)));
        // The group of the caller, even when asked inside another conversation.
        LearningGroup group = c.group().filter(g -> g.hasMember(me.id())).orElse(null);
        if (group == null) {
            fields.add(new Message.Field(c.text("leaders.field.group"), c.text("leaders.status.noGroup")));
        } else {
            fields.add(new Message.Field(c.text("leaders.field.group"), group.name()));
            fields.add(new Message.Field(c.text("leaders.field.members"),
                    String.join(", ", group.members().stream().map(m -> Formats.name(leaders, m)).toList())));
            String next = NextOccurrence.notSkipped(group, meetings, c.now())
                    .map(z -> {
                        String when = Formats.meetingTime(z, c.language());
                        var answer = meetings.find(group.id(), z.toInstant()).map(m -> m.rsvps().get(me.id()));
                        String mine = answer.map(a -> c.text("leaders.status.rsvp." + a.name().toLowerCase()))
                                .orElse(c.text("leaders.status.rsvp.none"));
                        return when + " (" + mine + ")";
                    })
                    .orElse(c.text("leaders.status.noBooking"));
            fields.add(new Message.Field(c.text("leaders.field.nextMeeting"), next));
            group.booking().ifPresent(b -> fields.add(new Message.Field(c.text("leaders.field.booking"),
                    c.text("leaders.status.booking", c.text("leaders.cadence." + b.cadence().weeks()),
                            c.text("leaders.weekday." + b.weekday().getValue()), b.time().toString(),
                            c.text("leaders.format." + b.format().name().toLowerCase())))));
            NextOccurrence.notSkipped(group, meetings, c.now())
                    .flatMap(z -> opener.of(GroupPeople.load(group, leaders), z.toLocalDate()))
                    .ifPresent(first -> fields.add(new Message.Field(c.text("leaders.field.opener"), Formats.name(leaders, first))));
        }
        notes.forEach(n -> fields.addAll(n.fields(c, me)));
        return Reply.toCaller(Message.of(new Message.Block.Heading(c.text("leaders.status.title", me.displayName())),
                new Message.Block.Fields(fields)));
    }

    private static String participation(CommandContext c, Leader me) {
        if (me.status() instanceof LeaderStatus.Paused p) {
            return p.until().filter(u -> u.isAfter(c.now().atZone(me.zone()).toLocalDate()))
                    .map(u -> c.text("leaders.status.pausedUntil", DateTimeFormatter.ofPattern("d MMMM yyyy", c.language().locale()).format(u)))
                    .orElse(p.until().isPresent() ? c.text("leaders.status.active") : c.text("leaders.status.paused"));
        }
        return c.text("leaders.status.active");
    }
}
