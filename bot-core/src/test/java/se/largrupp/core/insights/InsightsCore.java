package se.largrupp.core.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.Largrupp;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Invocation;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.delivery.OutboxSender;
import se.largrupp.core.delivery.OutboxStore;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.OutgoingMessages;
import se.largrupp.core.storage.JdbcRepositories;
import se.largrupp.core.testing.ManualWakeups;
import se.largrupp.core.testing.MutableClock;
import se.largrupp.core.testing.TestCore;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** The core on a real database with the insights feature installed, a real outbox sender and a recording platform. */
final class InsightsCore {
    final MutableClock clock;
    final JdbcRepositories repos;
    final JdbcOutbox outbox;
    final InsightsFeature insights;
    final Largrupp core;
    final Platform platform = new Platform();
    final OutboxSender sender;
    private int deliveries;

    InsightsCore(TestDatabase db, MutableClock clock) {
        this.clock = clock;
        repos = JdbcRepositories.of(db.database(), clock);
        outbox = new JdbcOutbox(db.jdbc(), clock, db.isPostgres());
        insights = new InsightsFeature(db.jdbc(), repos.leaders(), repos.groups(), repos.meetings(), outbox, new Texts(), clock,
                Optional.of("https://largrupp.example/admin"));
        core = Largrupp.builder().leaders(repos.leaders()).groups(repos.groups()).meetings(repos.meetings()).admins(repos.admins())
                .sponsors(repos.sponsors()).processedDeliveries(repos.deliveries()).transactions(repos.transactions()).outbox(outbox)
                .wakeups(new ManualWakeups()).groupConversations(new TestCore.RecordingConversations()).clock(clock)
                .configuredAdmins("U0ADMIN").configuredSponsors("U0KARIN")
                .meetingsAndRounds(se.largrupp.core.MeetingsAndRounds.Options.jdbc(db.jdbc(), se.largrupp.core.meetings.MeetingSettings.defaults()))
                .handler(Command.Stats.class, insights.stats()).handler(Command.Encourage.class, insights.encourage())
                .personalData(insights.personalData()).build();
        sender = new OutboxSender(new OutboxStore(db.jdbc(), db.transactions()), platform, clock,
                OutboxSender.Options.defaults().withMaxPerSecond(0).withConversationInterval(java.time.Duration.ZERO), new java.util.Random(3));
    }

    Invocation by(LeaderId who, String name) {
        return new Invocation(who, name, Optional.of(Language.SV), ConversationRef.direct(who), Optional.of("d" + (++deliveries)));
    }

    int deliverAll() {
        int n = 0;
        for (int tried; (tried = sender.runOnce()) > 0; ) n += tried;
        return n;
    }

    /** Takes every message, except that it answers 429 to the first {@code busy} ones. */
    static final class Platform implements OutgoingMessages {
        final List<OutgoingMessage> delivered = new ArrayList<>();
        int busy;

        @Override
        public synchronized Delivery deliver(OutgoingMessage message, Optional<String> replacing) {
            if (busy > 0) {
                busy--;
                return new Delivery.RetryLater(Optional.of(java.time.Duration.ofSeconds(30)), "429");
            }
            delivered.add(message);
            return new Delivery.Delivered("p" + delivered.size());
        }
    }
}
