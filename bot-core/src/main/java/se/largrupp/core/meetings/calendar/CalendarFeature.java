package se.largrupp.core.meetings.calendar;

import java.net.URI;
import java.time.Clock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.port.OrganizerCalendar;
import se.largrupp.core.port.PersonalData;
import se.largrupp.core.storage.Jdbc;

/**
 * Calendar subscriptions, wired in one line by the composition root:
 * {@code .handler(Command.Calendar.class, calendar.command()).personalData(calendar.personalData())}, and
 * {@link #feeds()} behind {@code GET /calendar/<token>.ics}.
 *
 * @param publicUrl the server's public base URL ({@code LARGRUPP_PUBLIC_URL}), which the links start with; asked
 *                  when a link is made, since a server on port 0 knows its address only once it listens
 */
public final class CalendarFeature {
    private final CalendarFeeds feeds;
    private final SubscribeCalendar command;
    private final CalendarStore store;
    private final Leaders leaders;
    private final Groups groups;
    private final Meetings meetings;
    private final Transactions transactions;
    private final Clock clock;
    private final Jdbc jdbc;

    public CalendarFeature(Leaders leaders, Groups groups, Meetings meetings, Transactions transactions, Texts texts,
                           Clock clock, Jdbc jdbc, Supplier<URI> publicUrl) {
        this.store = new JdbcCalendarStore(jdbc);
        this.feeds = new CalendarFeeds(store, meetings, groups, leaders, transactions, texts, clock, publicUrl);
        this.command = new SubscribeCalendar(feeds, texts);
        this.leaders = leaders;
        this.groups = groups;
        this.meetings = meetings;
        this.transactions = transactions;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Real invites in {@code calendar} (an organiser's mailbox through Graph) for the groups {@code invited} picks
     * (the Microsoft 365 tenant's), queued through the outbox.
     */
    public CalendarInvites invites(OrganizerCalendar calendar, Predicate<LearningGroup> invited) {
        SyncInvites sync = new SyncInvites(new PublishedSeries(store, meetings), new Invites(jdbc), groups, leaders, transactions,
                feeds, calendar, clock);
        return new CalendarInvites(groups, meetings, invited, sync, clock);
    }

    public CalendarFeeds feeds() {
        return feeds;
    }

    public SubscribeCalendar command() {
        return command;
    }

    /** Forget me: the leader's feed token and what their feed showed. */
    public PersonalData personalData() {
        return (leader, name, conversations) -> feeds.erase(leader);
    }
}
