package se.largrupp.core.meetings;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;
import se.largrupp.core.port.Message.Button;
import se.largrupp.core.port.Message.Field;
import se.largrupp.core.port.Message.Style;

/** The words of the nudges, in the group's language. */
public final class NudgeMessages {
    private final Texts texts;

    public NudgeMessages(Texts texts) {
        this.texts = texts;
    }

    /** The day-before nudge: agenda, who opens, RSVP buttons. */
    public Message dayBefore(GroupPeople people, ZonedDateTime start, Meeting meeting, Optional<LeaderId> opener) {
        Language lang = people.language();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(texts.get(lang, "meetings.nudge.dayBefore.heading", MeetingDates.dateTime(texts, lang, start))));
        blocks.add(new Block.Text(texts.get(lang, "meetings.nudge.agenda")));
        List<Field> fields = new ArrayList<>(bookingFields(people, lang));
        opener.ifPresent(o -> fields.add(new Field(texts.get(lang, "meetings.nudge.opener"), people.name(o))));
        blocks.add(new Block.Fields(fields));
        blocks.addAll(answers(people, meeting, lang));
        blocks.add(new Block.Text(texts.get(lang, "meetings.nudge.rsvpQuestion")));
        blocks.add(rsvpButtons(lang));
        return new Message(blocks);
    }

    /** The short nudge: who is coming, the link, how to start the round. */
    public Message shortly(GroupPeople people, ZonedDateTime start, Meeting meeting, Duration before) {
        Language lang = people.language();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(texts.get(lang, "meetings.nudge.shortly.heading", before.toMinutes(), MeetingDates.time(lang, start))));
        blocks.add(new Block.Fields(bookingFields(people, lang)));
        blocks.addAll(answers(people, meeting, lang));
        blocks.add(new Block.Text(texts.get(lang, "meetings.nudge.shortly.start")));
        blocks.add(new Block.Actions(List.of(new Button("rounds-start", texts.get(lang, "meetings.button.start"), "start", Style.PRIMARY))));
        return new Message(blocks);
    }

    public Block.Actions rsvpButtons(Language lang) {
        return new Block.Actions(List.of(
                new Button("meetings-rsvp-yes", texts.get(lang, "meetings.button.coming"), "rsvp yes", Style.PRIMARY),
                new Button("meetings-rsvp-no", texts.get(lang, "meetings.button.notComing"), "rsvp no", Style.DEFAULT)));
    }

    private List<Field> bookingFields(GroupPeople people, Language lang) {
        StandingBooking booking = people.group().booking().orElseThrow();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(texts.get(lang, "meetings.nudge.format"), texts.get(lang, "meetings.format." + booking.format().name())));
        fields.add(new Field(texts.get(lang, "meetings.nudge.length"), texts.get(lang, "meetings.minutes", booking.duration().toMinutes())));
        booking.link().ifPresent(l -> fields.add(new Field(texts.get(lang, "meetings.nudge.link"), l.toString())));
        return fields;
    }

    /** Who said they come, who can't, who has not answered: shown once anyone answered. */
    private List<Block> answers(GroupPeople people, Meeting meeting, Language lang) {
        if (meeting.rsvps().isEmpty()) return List.of();
        List<LeaderId> members = people.group().members();
        List<LeaderId> coming = meeting.coming(members);
        List<LeaderId> notComing = members.stream().filter(m -> meeting.rsvps().get(m) == Rsvp.NOT_COMING).toList();
        List<LeaderId> silent = members.stream().filter(m -> !meeting.rsvps().containsKey(m)).toList();
        List<Field> fields = new ArrayList<>();
        if (!coming.isEmpty()) fields.add(new Field(texts.get(lang, "meetings.nudge.coming"), people.names(coming)));
        if (!notComing.isEmpty()) fields.add(new Field(texts.get(lang, "meetings.nudge.notComing"), people.names(notComing)));
        if (!silent.isEmpty()) fields.add(new Field(texts.get(lang, "meetings.nudge.noAnswer"), people.names(silent)));
        return List.of(new Block.Fields(fields));
    }
}
