package se.largrupp.core.meetings.calendar;

import java.time.Clock;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;

/**
 * {@code calendar}: the group's standing booking as an .ics text the caller can save and import. Asked in the
 * group's conversation it is that group's; elsewhere the caller's own group's. Shown to the caller only, in a code
 * block (an adapter may attach it as a file instead). Runs in the command's transaction; the command service has
 * already found the group and checked that the caller is a member.
 */
public final class ShowCalendar implements CommandHandler<Command.Calendar> {
    private final CalendarVersions versions;
    private final Texts texts;
    private final Clock clock;

    public ShowCalendar(CalendarVersions versions, Texts texts, Clock clock) {
        this.versions = versions;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public Reply handle(CommandContext context, Command.Calendar command) {
        Language lang = context.language();
        Optional<LearningGroup> group = context.group();
        if (group.isEmpty()) return context.refuse("calendar.refused.noGroup");
        if (group.get().booking().isEmpty()) return context.refuse("calendar.refused.noBooking");
        return Reply.toCaller(Message.of(
                new Block.Heading(texts.get(lang, "calendar.heading", group.get().name())),
                new Block.Text(texts.get(lang, "calendar.instructions", fileName(group.get()))),
                new Block.Text("```\n" + ics(group.get(), lang) + "```")));
    }

    public static String fileName(LearningGroup group) {
        return "largrupp-" + group.name().replaceAll("[^A-Za-z0-9-]", "-") + ".ics";
    }

    /** The .ics text; a changed booking gets a higher SEQUENCE under the same UID. */
    public String ics(LearningGroup group, Language lang) {
        StandingBooking booking = group.booking().orElseThrow();
        int sequence = versions.sequenceFor(group.id(), fingerprint(booking));
        String format = texts.get(lang, "meetings.format." + booking.format().name());
        String description = texts.get(lang, "calendar.description", format, booking.duration().toMinutes())
                + booking.link().map(l -> "\n" + texts.get(lang, "calendar.link", l.toString())).orElse("");
        return IcsCalendar.render(group.id(), booking, sequence, clock.instant(),
                texts.get(lang, "calendar.summary", group.name()), description);
    }

    static String fingerprint(StandingBooking booking) {
        return String.join("|", booking.weekday().name(), booking.time().toString(), booking.zone().getId(),
                booking.cadence().name(), booking.duration().toString(), booking.format().name(),
                booking.link().map(Object::toString).orElse(""), booking.firstDate().toString());
    }
}
