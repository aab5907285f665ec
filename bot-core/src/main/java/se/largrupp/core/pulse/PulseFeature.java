package se.largrupp.core.pulse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.PersonalData;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;

/**
 * The anonymous pulse: after a round's closing each member present gets three one-tap questions privately, answerable
 * once each for {@link #WINDOW}. Answers are added to the workspace's counts for the month at once; who answered what is
 * never stored, and the flags that allow one answer go when the window closes.
 */
public final class PulseFeature implements AfterMeeting {
    public static final Duration WINDOW = Duration.ofHours(24);
    /** The pulse is shown for a month only when at least this many meetings answered it. */
    public static final int THRESHOLD = 5;
    public static final int QUESTIONS = 3;
    static final String TOPIC = "pulse.close";

    private final PulseStore store;
    private final Outbox outbox;
    private final Wakeups wakeups;
    private final Leaders leaders;
    private final PulseMessages messages;
    private final Transactions transactions;
    private final Clock clock;

    public PulseFeature(PulseStore store, Outbox outbox, Wakeups wakeups, Leaders leaders, Texts texts, Transactions transactions,
                        Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.wakeups = wakeups;
        this.leaders = leaders;
        this.messages = new PulseMessages(texts);
        this.transactions = transactions;
        this.clock = clock;
    }

    static String month(Instant at) {
        return YearMonth.from(at.atOffset(ZoneOffset.UTC)).toString();
    }

    @Override
    public void closed(Workspace workspace, List<LeaderId> present, Instant at) {
        store.closedBefore(at).forEach(store::close); // windows whose wake-up was missed
        String pulse = UUID.randomUUID().toString();
        PulseStore.Window window = new PulseStore.Window(pulse, workspace.key(), month(at), at.plus(WINDOW), false);
        store.open(window);
        for (LeaderId leader : present) {
            store.markAnswered(pulse, leader, 0); // question 0: offered to them
            outbox.add(card(pulse, leader, List.of()));
        }
        wakeups.schedule(TOPIC, "pulse:" + pulse, window.closesAt());
    }

    /** The person's pulse card, edited in place as they answer: the questions left, or thanks. */
    void outboxCard(String pulse, LeaderId leader, List<Integer> answered) {
        outbox.add(card(pulse, leader, answered));
    }

    OutgoingMessage card(String pulse, LeaderId leader, List<Integer> answered) {
        Language lang = leaders.find(leader).map(l -> l.languageOr(Language.SV)).orElse(Language.SV);
        return new OutgoingMessage("pulse:" + pulse + ":" + leader.key() + ":" + answered.size(), ConversationRef.direct(leader),
                messages.card(lang, pulse, answered), Optional.of("pulse:" + pulse + ":" + leader.key()), Optional.of(leader),
                Optional.of(lang));
    }

    public CommandHandler<Command.Pulse> answers() {
        return new AnswerPulse(store, this, clock);
    }

    /** The stats with the pulse added below them, for whatever answers {@code stats}. */
    public CommandHandler<Command.Stats> stats(CommandHandler<? super Command.Stats> inner) {
        return new PulseStats(inner, store, messages);
    }

    public Wakeups.Handler closer() {
        return new Wakeups.Handler() {
            public String topic() { return TOPIC; }
            public void wake(String subject, Instant due) {
                String pulse = subject.substring(subject.indexOf(':') + 1);
                transactions.inTransaction(() -> {
                    Optional<PulseStore.Window> w = store.window(pulse);
                    if (w.isPresent() && clock.instant().isBefore(w.get().closesAt())) wakeups.schedule(TOPIC, subject, w.get().closesAt());
                    else store.close(pulse);
                });
            }
        };
    }

    public PersonalData personalData() {
        return (leader, name, conversations) -> store.forget(leader);
    }

}
