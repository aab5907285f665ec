package se.largrupp.core.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;
import se.largrupp.core.port.Message.Button;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;

/**
 * Optional periodic regrouping: a week before each regrouping date of a workspace (see
 * {@link MeetingSettings.RegroupCycle}) its admins get a reminder with a button that runs {@code regroup} (the
 * preview; applying stays their decision). At 09:00 Stockholm time, once per admin and date.
 */
public final class RemindRegroup implements Wakeups.Handler {
    public static final String TOPIC = "meetings.regroup-reminder";
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final LocalTime AT = LocalTime.of(9, 0);

    private final Transactions transactions;
    private final Leaders leaders;
    private final Outbox outbox;
    private final Wakeups wakeups;
    private final MeetingSettings settings;
    private final AdminDirectory admins;
    private final Texts texts;
    private final Clock clock;

    public RemindRegroup(Transactions transactions, Leaders leaders, Outbox outbox, Wakeups wakeups, MeetingSettings settings,
                         AdminDirectory admins, Texts texts, Clock clock) {
        this.transactions = transactions;
        this.leaders = leaders;
        this.outbox = outbox;
        this.wakeups = wakeups;
        this.settings = settings;
        this.admins = admins;
        this.texts = texts;
        this.clock = clock;
    }

    public void planAll() {
        LocalDate today = clock.instant().atZone(ZONE).toLocalDate();
        settings.regrouping().keySet().forEach(ws -> plan(ws, today));
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void wake(String subject, Instant due) {
        Workspace ws = Workspace.parse(subject.substring("workspace:".length()));
        transactions.inTransaction(() -> remindIfDue(ws));
    }

    /** The regrouping date whose reminder is due at {@code now}: the next date, once its reminder time has come. */
    public static Optional<LocalDate> dueFor(MeetingSettings.RegroupCycle cycle, Instant now) {
        LocalDate date = cycle.nextOnOrAfter(now.atZone(ZONE).toLocalDate());
        return reminderTime(date).isAfter(now) ? Optional.empty() : Optional.of(date);
    }

    private void remindIfDue(Workspace ws) {
        Optional<MeetingSettings.RegroupCycle> cycle = settings.regroupCycle(ws);
        if (cycle.isEmpty()) {
            wakeups.cancel(TOPIC, subject(ws));
            return;
        }
        Instant now = clock.instant();
        Optional<LocalDate> due = dueFor(cycle.get(), now);
        due.ifPresent(date -> {
            for (LeaderId admin : admins.admins(ws)) {
                Language lang = Language.forPerson(leaders.find(admin));
                Message m = Message.of(
                        new Block.Text(texts.get(lang, "meetings.regroup.reminder", MeetingDates.date(lang, date.atTime(AT).atZone(ZONE)))),
                        new Block.Actions(List.of(new Button("meetings-regroup-preview",
                                texts.get(lang, "meetings.button.regroupPreview"), "regroup", Message.Style.PRIMARY))));
                outbox.add(new OutgoingMessage("regroup-reminder:" + ws.key() + ":" + date + ":" + admin.key(),
                        ConversationRef.direct(admin), m, Optional.empty(), Optional.of(admin), Optional.of(lang)));
            }
        });
        plan(ws, due.map(d -> d.plusDays(1)).orElse(now.atZone(ZONE).toLocalDate()));
    }

    /** One wake-up per workspace, at the reminder time of the first regrouping on or after {@code from}. */
    private void plan(Workspace ws, LocalDate from) {
        settings.regroupCycle(ws).ifPresent(cycle -> wakeups.schedule(TOPIC, subject(ws), reminderTime(cycle.nextOnOrAfter(from))));
    }

    /** After a workspace's cycle was changed (in chat): its next reminder, or none when the cycle is off. */
    public static void replan(Wakeups wakeups, Workspace ws, Optional<MeetingSettings.RegroupCycle> cycle, Instant now) {
        if (cycle.isEmpty()) {
            wakeups.cancel(TOPIC, subject(ws));
            return;
        }
        Instant at = reminderTime(cycle.get().nextOnOrAfter(now.atZone(ZONE).toLocalDate()));
        wakeups.schedule(TOPIC, subject(ws), at.isBefore(now) ? now : at);
    }

    private static Instant reminderTime(LocalDate regroupDate) {
        return regroupDate.minusWeeks(1).atTime(AT).atZone(ZONE).toInstant();
    }

    private static String subject(Workspace ws) {
        return "workspace:" + ws.key();
    }
}
