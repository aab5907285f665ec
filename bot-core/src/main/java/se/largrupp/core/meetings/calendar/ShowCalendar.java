package se.largrupp.core.meetings.calendar;

import java.time.Clock;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;
import se.largrupp.core.port.Transactions;

/**
 * {@code calendar}: the group's standing booking as an .ics text the caller can save and import. Asked in the
 * group's conversation it is that group's; elsewhere the caller's own group's. Shown to the caller only, in a code
 * block (an adapter may attach it as a file instead).
 */
public final class ShowCalendar {
    private final Transactions transactions;
    private final Groups groups;
    private final Leaders leaders;
    private final CalendarVersions versions;
    private final Texts texts;
    private final Clock clock;

    public ShowCalendar(Transactions transactions, Groups groups, Leaders leaders, CalendarVersions versions, Texts texts, Clock clock) {
        this.transactions = transactions;
        this.groups = groups;
        this.leaders = leaders;
        this.versions = versions;
        this.texts = texts;
        this.clock = clock;
    }

    public Reply show(Invocation invocation, Command.Calendar command) {
        return transactions.inTransaction(() -> run(invocation));
    }

    private Reply run(Invocation invocation) {
        Language lang = leaders.find(invocation.actor()).flatMap(Leader::language).or(invocation::platformLanguage).orElse(Language.SV);
        Optional<LearningGroup> group = groups.byConversation(invocation.conversation()).filter(LearningGroup::isActive)
                .or(() -> groups.activeGroupOf(invocation.actor()));
        if (group.isEmpty()) return Reply.toCaller(Message.text(texts.get(lang, "calendar.refused.noGroup")));
        if (group.get().booking().isEmpty()) return Reply.toCaller(Message.text(texts.get(lang, "calendar.refused.noBooking")));
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
