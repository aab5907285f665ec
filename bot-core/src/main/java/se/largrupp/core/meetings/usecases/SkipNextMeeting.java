package se.largrupp.core.meetings.usecases;

import java.time.ZonedDateTime;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.MeetingStatus;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.meetings.NextOccurrence;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;

/**
 * Skips the very next occurrence; the standing booking stays. Skipping it twice (a double click) changes nothing,
 * so a meeting is never skipped by accident two weeks ahead.
 */
public final class SkipNextMeeting implements CommandHandler<Command.Skip> {
    private final Meetings meetings;
    private final Leaders leaders;
    private final Outbox outbox;
    private final Texts texts;

    public SkipNextMeeting(Meetings meetings, Leaders leaders, Outbox outbox, Texts texts) {
        this.meetings = meetings;
        this.leaders = leaders;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public Reply handle(CommandContext c, Command.Skip command) {
        LearningGroup group = c.group().orElseThrow();
        Optional<ZonedDateTime> next = NextOccurrence.any(group, c.now());
        if (next.isEmpty()) return c.refuse("leaders.meeting.noBooking");
        Meeting meeting = meetings.find(group.id(), next.get().toInstant())
                .orElseGet(() -> Meeting.planned(group.id(), next.get().toInstant()));
        if (meeting.status() == MeetingStatus.SKIPPED)
            return c.toCaller("leaders.skip.already", Formats.meetingTime(next.get(), c.language()));
        if (meeting.status() == MeetingStatus.HELD) return c.refuse("leaders.skip.held");
        meetings.save(meeting.withStatus(MeetingStatus.SKIPPED));
        group.conversation().ifPresent(conversation -> {
            Language lang = Formats.groupLanguage(leaders, group);
            String after = NextOccurrence.notSkipped(group, meetings, c.now()).map(z -> Formats.meetingTime(z, lang)).orElse("–");
            outbox.add(OutgoingMessage.post("skip:" + group.id() + ":" + next.get().toInstant(), conversation,
                    Message.text(texts.get(lang, "leaders.skip.toGroup", c.invocation().actorName(),
                            Formats.meetingTime(next.get(), lang), after))).in(lang));
        });
        return c.toCaller("leaders.skip.done", Formats.meetingTime(next.get(), c.language()));
    }
}
