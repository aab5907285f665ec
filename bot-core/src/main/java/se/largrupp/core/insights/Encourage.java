package se.largrupp.core.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;

/**
 * {@code encourage <message>}: a sponsor (or admin) previews a short message of support; {@code encourage send} sends
 * it once, privately and signed with their name, to every leader taking part, through the paced outbox, which
 * forgets its text once delivered. At most one per sponsor per {@link #INTERVAL}.
 */
public final class Encourage implements CommandHandler<Command.Encourage> {
    public static final Duration INTERVAL = Duration.ofDays(14);
    /** The outbox drops the payload of a message with this key prefix once it is delivered. */
    public static final String KEY_PREFIX = Outbox.ERASE_AFTER_DELIVERY + "encourage:";
    private final Encouragements store;
    private final Leaders leaders;
    private final Outbox outbox;
    private final Texts texts;

    public Encourage(Encouragements store, Leaders leaders, Outbox outbox, Texts texts) {
        this.store = store;
        this.leaders = leaders;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public Reply handle(CommandContext c, Command.Encourage command) {
        if (command.phase() == Command.Encourage.Phase.CANCEL) {
            store.dropDraft(c.actor());
            return c.toCaller("insights.encourage.cancelled");
        }
        Optional<Instant> last = store.lastSent(c.actor());
        if (last.isPresent() && last.get().plus(INTERVAL).isAfter(c.now()))
            return c.refuse("insights.encourage.tooSoon", LocalDate.ofInstant(last.get().plus(INTERVAL), zone(c)).toString());
        List<Leader> recipients = leaders.inWorkspace(c.actor().workspace()).stream()
                .filter(l -> ComputeFigures.takesPart(l, c.now()) && !l.id().equals(c.actor())).toList();
        if (recipients.isEmpty()) return c.refuse("insights.encourage.nobody");
        String signature = leaders.find(c.actor()).map(Leader::displayName).orElse(c.invocation().actorName());
        if (command.phase() == Command.Encourage.Phase.DRAFT) {
            store.saveDraft(c.actor(), command.text(), c.now());
            return Reply.toCaller(Message.of(
                    new Message.Block.Heading(c.text("insights.encourage.preview")),
                    new Message.Block.Text(command.text()),
                    new Message.Block.Context(c.text("insights.encourage.preview.who", recipients.size(), signature)),
                    new Message.Block.Actions(List.of(
                            new Message.Button("encourage-send", c.text("insights.encourage.send"), "encourage send", Message.Style.PRIMARY),
                            Message.Button.of("encourage-cancel", c.text("insights.encourage.cancel"), "encourage cancel")))));
        }
        Optional<String> draft = store.draft(c.actor());
        if (draft.isEmpty()) return c.refuse("insights.encourage.noDraft");
        String id = c.actor().key() + ":" + c.now().toEpochMilli();
        for (Leader l : recipients) {
            Language lang = l.languageOr(Language.SV);
            Message m = Message.of(new Message.Block.Text(texts.get(lang, "insights.encourage.from", signature)),
                    new Message.Block.Text(draft.get()),
                    new Message.Block.Context(texts.get(lang, "insights.encourage.footer")));
            outbox.add(new OutgoingMessage(KEY_PREFIX + id + ":" + l.id().key(), ConversationRef.direct(l.id()), m, Optional.empty(),
                    Optional.of(l.id())).in(lang));
        }
        store.markSent(c.actor(), c.now(), recipients.size());
        return c.toCaller("insights.encourage.sent", recipients.size());
    }

    private java.time.ZoneId zone(CommandContext c) {
        return c.leader().map(Leader::zone).orElse(java.time.ZoneId.of("Europe/Stockholm"));
    }
}
