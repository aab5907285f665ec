package se.largrupp.core.groups.usecases;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.commands.Refusal;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.BookingChanged;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.groups.StandingBooking;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;

/**
 * A member sets the group's standing slot. Parts not given keep what the booking had, else the defaults (every
 * 2 weeks, 45 min, fika). The first meeting is the next such weekday from today; the meetings feature is told so it
 * can re-plan its nudges, and the group hears of the new slot in its own conversation.
 */
public final class SetStandingBooking implements CommandHandler<Command.Schedule> {
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");
    private final Groups groups;
    private final Leaders leaders;
    private final Outbox outbox;
    private final List<BookingChanged> listeners;

    public SetStandingBooking(Groups groups, Leaders leaders, Outbox outbox, List<BookingChanged> listeners) {
        this.groups = groups;
        this.leaders = leaders;
        this.outbox = outbox;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public Reply handle(CommandContext c, Command.Schedule s) {
        LearningGroup group = c.group().orElseThrow(); // the command service checked membership
        Optional<StandingBooking> old = group.booking();
        int minutes = s.minutes().orElse(old.map(b -> (int) b.duration().toMinutes()).orElse((int) StandingBooking.DEFAULT_DURATION.toMinutes()));
        if (minutes < StandingBooking.MIN_DURATION.toMinutes() || minutes > StandingBooking.MAX_DURATION.toMinutes())
            return c.refuse(Refusal.withUsage("commands.usage.schedule", "commands.refusal.badDuration",
                    StandingBooking.MIN_DURATION.toMinutes(), StandingBooking.MAX_DURATION.toMinutes()));
        if (s.link().filter(l -> l.getHost() == null || l.getScheme() == null
                || !(l.getScheme().equalsIgnoreCase("https") || l.getScheme().equalsIgnoreCase("http"))).isPresent())
            return c.refuse(Refusal.withUsage("commands.usage.schedule", "commands.refusal.badLink"));
        MeetingFormat format = s.format().orElse(s.link().isPresent() ? MeetingFormat.DIGITAL
                : old.map(StandingBooking::format).orElse(MeetingFormat.FIKA));
        Optional<URI> link = format != MeetingFormat.DIGITAL ? Optional.empty()
                : s.link().isPresent() ? s.link() : old.flatMap(StandingBooking::link);
        ZoneId zone = old.map(StandingBooking::zone).orElse(c.leader().map(Leader::zone).orElse(DEFAULT_ZONE));
        LocalDate today = c.now().atZone(zone).toLocalDate();
        LocalDate first = StandingBooking.firstOnOrAfter(today, s.weekday());
        if (!ZonedDateTime.of(first, s.time(), zone).toInstant().isAfter(c.now())) first = first.plusWeeks(1);
        StandingBooking booking = new StandingBooking(s.weekday(), s.time(), zone,
                s.cadence().orElse(old.map(StandingBooking::cadence).orElse(Cadence.EVERY_2_WEEKS)),
                Duration.ofMinutes(minutes), format, link, first);

        LearningGroup updated = group.withBooking(Optional.of(booking));
        groups.save(updated);
        listeners.forEach(l -> l.bookingChanged(updated));

        // The group hears it in the group's language; a caller answered privately reads it in their own.
        Language groupLanguage = Formats.groupLanguage(leaders, updated);
        Message toGroup = announcement(c, groupLanguage, booking, first, link);
        boolean typedInGroup = group.conversation().filter(c.invocation().conversation()::equals).isPresent();
        if (typedInGroup) return Reply.toConversation(toGroup);
        group.conversation().ifPresent(conv -> outbox.add(OutgoingMessage.post(
                "booking:" + group.id() + ":" + c.now().toEpochMilli() + ":" + s.canonical(), conv, toGroup).in(groupLanguage)));
        return Reply.toCaller(announcement(c, c.language(), booking, first, link));
    }

    private static Message announcement(CommandContext c, Language lang, StandingBooking booking, LocalDate first, Optional<URI> link) {
        Texts t = c.texts();
        String summary = t.get(lang, "leaders.schedule.summary", t.get(lang, "leaders.cadence." + booking.cadence().weeks()),
                t.get(lang, "leaders.weekday." + booking.weekday().getValue()), booking.time().toString(), booking.duration().toMinutes(),
                t.get(lang, "leaders.format." + booking.format().name().toLowerCase()), Formats.meetingTime(booking.at(first), lang));
        return Message.text(t.get(lang, "leaders.schedule.set", c.invocation().actorName()) + "\n" + summary
                + link.map(l -> "\n" + l).orElse(""));
    }
}
