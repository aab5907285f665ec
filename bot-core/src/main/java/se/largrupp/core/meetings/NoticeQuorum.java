package se.largrupp.core.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;
import se.largrupp.core.port.Message.Button;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;

/**
 * Tells a group once per occurrence when fewer than two can come, offering to skip it. The booking never moves.
 * Runs after each RSVP (via {@link RsvpRecorded}) and with each nudge, so it also works when answers came before.
 */
public final class NoticeQuorum implements RsvpRecorded {
    private final Groups groups;
    private final Leaders leaders;
    private final Meetings meetings;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    public NoticeQuorum(Groups groups, Leaders leaders, Meetings meetings, Outbox outbox, Texts texts, Clock clock) {
        this.groups = groups;
        this.leaders = leaders;
        this.meetings = meetings;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void rsvpRecorded(GroupId group, Instant meetingStart) {
        groups.find(group).filter(PlanNudges::isNudged).ifPresent(g -> meetings.find(group, meetingStart)
                .ifPresent(m -> check(GroupPeople.load(g, leaders), m)));
    }

    public static String key(GroupId group, Instant start) {
        return "quorum:" + group.value() + ":" + start;
    }

    void check(GroupPeople people, Meeting meeting) {
        if (meeting.status() != MeetingStatus.PLANNED || !meeting.startsAt().isAfter(clock.instant())) return;
        ZonedDateTime start = meeting.startsAt().atZone(people.group().booking().orElseThrow().zone());
        List<LeaderId> members = people.activeMembers(start.toLocalDate());
        if (!meeting.belowQuorum(members)) return;
        Language lang = people.language();
        int possible = meeting.possiblyComing(members).size();
        Message message = Message.of(
                new Block.Text(texts.get(lang, "meetings.quorum.text", possible, MeetingDates.dateTime(texts, lang, start))),
                new Block.Actions(List.of(Button.of("meetings-skip", texts.get(lang, "meetings.button.skip"), "skip"))));
        outbox.add(OutgoingMessage.post(key(meeting.group(), meeting.startsAt()), people.group().conversation().orElseThrow(), message)
                .in(lang));
    }
}
