package se.largrupp.core.commands;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.core.logging.Faults;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.AdminCheck;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.ProcessedDeliveries;
import se.largrupp.core.port.Transactions;

/**
 * The command service: de-duplicates a delivery, resolves the caller's language and group, checks who may do what,
 * and hands the command to its handler — all in one transaction, so a retried delivery is applied once. When the
 * adapter gives a reply route ({@link Invocation#replyTo()}), the reply is written to the outbox in that same
 * transaction (see {@link ReplyOutbox}), so the adapter can answer its platform at once and delivery follows the commit.
 */
public final class CoreCommandService implements CommandService {
    private static final Logger log = LoggerFactory.getLogger(CoreCommandService.class);

    private final Leaders leaders;
    private final Groups groups;
    private final AdminCheck admins;
    private final se.largrupp.core.leaders.SponsorCheck sponsors;
    private final ProcessedDeliveries deliveries;
    private final Transactions transactions;
    private final Outbox outbox;
    private final HandlerRegistry handlers;
    private final CommandParser parser;
    private final Texts texts;
    private final Clock clock;

    public CoreCommandService(Leaders leaders, Groups groups, AdminCheck admins, ProcessedDeliveries deliveries,
                              Transactions transactions, Outbox outbox, HandlerRegistry handlers, CommandParser parser,
                              Texts texts, Clock clock) {
        this(leaders, groups, admins, se.largrupp.core.leaders.SponsorCheck.none(), deliveries, transactions, outbox, handlers,
                parser, texts, clock);
    }

    public CoreCommandService(Leaders leaders, Groups groups, AdminCheck admins, se.largrupp.core.leaders.SponsorCheck sponsors,
                              ProcessedDeliveries deliveries, Transactions transactions, Outbox outbox, HandlerRegistry handlers,
                              CommandParser parser, Texts texts, Clock clock) {
        this.sponsors = sponsors;
        this.leaders = leaders;
        this.groups = groups;
        this.admins = admins;
        this.deliveries = deliveries;
        this.transactions = transactions;
        this.outbox = outbox;
        this.handlers = handlers;
        this.parser = parser;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public Reply execute(Invocation invocation, String text) {
        return guarded(invocation, "text", caller -> {
            ParseResult parsed = parser.parse(text, LocalDate.now(clock));
            if (parsed instanceof ParseResult.Refused r) return r.refusal().reply(texts, caller.learn(leaders.find(invocation.actor())));
            return run(invocation, ((ParseResult.Parsed) parsed).command(), caller);
        });
    }

    @Override
    public Reply execute(Invocation invocation, Command command) {
        return guarded(invocation, command.getClass().getSimpleName(), caller -> run(invocation, command, caller));
    }

    private Reply guarded(Invocation invocation, String what, java.util.function.Function<CallerLanguage, Reply> work) {
        CallerLanguage caller = new CallerLanguage(invocation);
        try {
            return transactions.inTransaction(() -> {
                if (invocation.deliveryId().isPresent() && !deliveries.firstTime(invocation.deliveryId().get()))
                    return new Reply.Nothing();
                Reply reply = work.apply(caller);
                // After the handler: "language en" is answered, and marked, in the language just chosen.
                if (invocation.replyTo().isPresent())
                    ReplyOutbox.write(outbox, invocation, reply, caller.learn(leaders.find(invocation.actor())));
                return reply;
            });
        } catch (RuntimeException e) {
            // Never log the command's text, nor the fault's messages (they may quote what a leader wrote or is called).
            log.error("command {} for {} failed: {}", what, invocation.actor(), Faults.describe(e));
            Language language = caller.known;
            Reply fault = Reply.toCaller(Message.text(texts.get(language, "commands.error.fault")));
            if (invocation.replyTo().isPresent()) writeFault(invocation, fault, language);
            return fault;
        }
    }

    /**
     * The caller's language as far as this command got: the platform's at first, their own choice once their profile
     * was read. A fault's apology uses it without asking a database that may be what failed.
     */
    private static final class CallerLanguage {
        private final Invocation invocation;
        private volatile Language known;

        CallerLanguage(Invocation invocation) {
            this.invocation = invocation;
            this.known = invocation.platformLanguage().orElse(Language.SV);
        }

        Language learn(Optional<Leader> leader) {
            known = languageOf(invocation, leader);
            return known;
        }
    }

    /** The command's transaction rolled back; the apology still reaches the caller, in a small transaction of its own. */
    private void writeFault(Invocation invocation, Reply fault, Language language) {
        try {
            transactions.inTransaction(() -> ReplyOutbox.writeFault(outbox, invocation, fault, language));
        } catch (RuntimeException e) {
            log.error("the fault answer for {} could not be written to the outbox: {}", invocation.actor(), Faults.describe(e));
        }
    }

    private Reply run(Invocation invocation, Command command, CallerLanguage caller) {
        Optional<Leader> leader = leaders.find(invocation.actor()).filter(l -> !(l.status() instanceof LeaderStatus.Left));
        caller.learn(leader);
        Optional<LearningGroup> inConversation = groups.byConversation(invocation.conversation()).filter(LearningGroup::isActive);
        // In another group's conversation a leader still speaks of their own group (their status, their calendar).
        Optional<LearningGroup> group = inConversation.filter(g -> g.hasMember(invocation.actor()))
                .or(() -> groups.activeGroupOf(invocation.actor()));
        CommandContext context = new CommandContext(invocation, caller.known, leader,
                admins.isAdmin(invocation.actor(), invocation.addresses()),
                sponsors.isSponsor(invocation.actor(), invocation.addresses()), group, clock.instant(), texts);
        Optional<Refusal> refused = Authorisation.check(command, context, inConversation.map(g -> g.hasMember(invocation.actor())));
        if (refused.isPresent()) return context.refuse(refused.get());
        return handlers.dispatch(context, command)
                .orElseGet(() -> context.refuse("commands.refusal.notAvailable", command.canonical().split(" ")[0]));
    }

    /** The leader's own choice, else what the platform says, else Swedish. */
    private static Language languageOf(Invocation invocation, Optional<Leader> leader) {
        return leader.flatMap(Leader::language).or(invocation::platformLanguage).orElse(Language.SV);
    }
}
