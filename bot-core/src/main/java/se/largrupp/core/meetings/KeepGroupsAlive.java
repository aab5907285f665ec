package se.largrupp.core.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;

/**
 * Notices groups that went quiet: an occurrence is quiet when nobody answered and no round was held. After two
 * quiet occurrences in a row the group gets a friendly "still on?"; after three, the workspace's admins are told
 * (once per quiet run) that the group may need regrouping. Runs with each day-before nudge.
 */
public final class KeepGroupsAlive {
    public static final int FRIENDLY_AFTER = 2;
    public static final int ADMINS_AFTER = 3;
    private static final int LOOK_BACK = 26;

    private final Meetings meetings;
    private final Outbox outbox;
    private final AdminDirectory admins;
    private final NudgeMessages nudges;
    private final Texts texts;
    private final Leaders leaders;

    public KeepGroupsAlive(Meetings meetings, Outbox outbox, AdminDirectory admins, NudgeMessages nudges, Texts texts, Leaders leaders) {
        this.leaders = leaders;
        this.meetings = meetings;
        this.outbox = outbox;
        this.admins = admins;
        this.nudges = nudges;
        this.texts = texts;
    }

    void check(GroupPeople people, ZonedDateTime upcoming) {
        LearningGroup group = people.group();
        List<Instant> quietRun = quietRunBefore(group, upcoming);
        if (quietRun.size() < FRIENDLY_AFTER) return;
        var lang = people.language();
        String date = MeetingDates.dateTime(texts, lang, upcoming);
        outbox.add(OutgoingMessage.post("keepalive:" + group.id().value() + ":" + upcoming.toInstant() + ":still-on",
                group.conversation().orElseThrow(),
                Message.of(new Block.Text(texts.get(lang, "meetings.keepalive.stillOn", date)), nudges.rsvpButtons(lang))).in(lang));
        if (quietRun.size() < ADMINS_AFTER) return;
        Instant runStart = quietRun.get(quietRun.size() - 1); // stable while the same quiet run goes on: told once
        for (LeaderId admin : admins.admins(group.workspace())) {
            var adminLang = Language.forPerson(leaders.find(admin));
            outbox.add(new OutgoingMessage("keepalive:" + group.id().value() + ":" + runStart + ":admins:" + admin.key(),
                    ConversationRef.direct(admin),
                    Message.text(texts.get(adminLang, "meetings.keepalive.admins", group.name(), quietRun.size())),
                    Optional.empty(), Optional.of(admin), Optional.of(adminLang)));
        }
    }

    /** The quiet occurrences right before {@code upcoming}, newest first, stopping at the first lively one. */
    List<Instant> quietRunBefore(LearningGroup group, ZonedDateTime upcoming) {
        StandingBooking booking = group.booking().orElseThrow();
        List<Instant> run = new ArrayList<>();
        LocalDate date = upcoming.toLocalDate();
        for (int i = 0; i < LOOK_BACK; i++) {
            date = date.minusWeeks(booking.cadence().weeks());
            Instant start = booking.at(date).toInstant();
            if (date.isBefore(booking.firstDate()) || start.isBefore(group.createdAt())) break;
            Optional<Meeting> m = meetings.find(group.id(), start);
            boolean quiet = m.map(x -> x.status() == MeetingStatus.PLANNED && x.rsvps().isEmpty()).orElse(true);
            if (!quiet) break;
            run.add(start);
        }
        return run;
    }
}
