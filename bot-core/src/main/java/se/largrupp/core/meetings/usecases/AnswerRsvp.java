package se.largrupp.core.meetings.usecases;

import java.time.ZonedDateTime;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.meetings.NextOccurrence;
import se.largrupp.core.meetings.Rsvp;
import se.largrupp.core.meetings.RsvpRecorded;

/** A member answers for the group's next (not skipped) meeting; answering again changes the answer. */
public final class AnswerRsvp implements CommandHandler<Command.Rsvp> {
    private final Meetings meetings;
    private final java.util.List<RsvpRecorded> listeners;

    public AnswerRsvp(Meetings meetings, java.util.List<RsvpRecorded> listeners) {
        this.meetings = meetings;
        this.listeners = java.util.List.copyOf(listeners);
    }

    @Override
    public Reply handle(CommandContext c, Command.Rsvp rsvp) {
        LearningGroup group = c.group().orElseThrow(); // the command service checked membership
        Optional<ZonedDateTime> next = NextOccurrence.notSkipped(group, meetings, c.now());
        if (next.isEmpty()) return c.refuse("leaders.meeting.noBooking");
        Meeting meeting = meetings.find(group.id(), next.get().toInstant())
                .orElseGet(() -> Meeting.planned(group.id(), next.get().toInstant()))
                .withRsvp(c.actor(), rsvp.coming() ? Rsvp.COMING : Rsvp.NOT_COMING);
        meetings.save(meeting);
        listeners.forEach(l -> l.rsvpRecorded(group.id(), meeting.startsAt()));
        String when = Formats.meetingTime(next.get(), c.language());
        int coming = meeting.coming(group.members()).size();
        int cannot = group.members().size() - meeting.possiblyComing(group.members()).size();
        String key = rsvp.coming() ? "leaders.rsvp.coming" : "leaders.rsvp.notComing";
        String answer = c.text(key, when, coming, cannot);
        if (meeting.belowQuorum(group.members())) answer = answer + "\n" + c.text("leaders.rsvp.belowQuorum");
        return Reply.toCaller(se.largrupp.core.port.Message.text(answer));
    }
}
