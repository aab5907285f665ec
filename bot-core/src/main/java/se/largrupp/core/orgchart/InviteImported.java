package se.largrupp.core.orgchart;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.Transactions;

/**
 * Sends each invited person who has not had one a friendly private invitation with a Join button, through the
 * outbox (so the command line can queue them for the running server). Nobody is invited twice.
 */
public final class InviteImported {
    private final OrgFacts facts;
    private final Outbox outbox;
    private final Transactions transactions;
    private final Texts texts;
    private final Clock clock;
    private final Function<Workspace, Language> languages;

    /** Invitations in Swedish. */
    public InviteImported(OrgFacts facts, Outbox outbox, Transactions transactions, Texts texts, Clock clock) {
        this(facts, outbox, transactions, texts, clock, ws -> Language.SV);
    }

    /** @param languages each workspace's default language (the people invited have chosen none yet) */
    public InviteImported(OrgFacts facts, Outbox outbox, Transactions transactions, Texts texts, Clock clock,
                          Function<Workspace, Language> languages) {
        this.facts = facts;
        this.outbox = outbox;
        this.transactions = transactions;
        this.texts = texts;
        this.clock = clock;
        this.languages = languages;
    }

    /** The same, inviting in each workspace's default language. */
    public InviteImported inLanguageOf(Function<Workspace, Language> workspaceLanguage) {
        return new InviteImported(facts, outbox, transactions, texts, clock, workspaceLanguage);
    }

    /** Invites those of {@code only} (or everyone) invited and not yet told; returns how many were invited now. */
    public int invite(Workspace workspace, Optional<Set<LeaderId>> only) {
        Language lang = Optional.ofNullable(languages.apply(workspace)).orElse(Language.SV);
        return transactions.inTransaction(() -> {
            int sent = 0;
            for (OrgFacts.Invited i : facts.invited(workspace)) {
                if (i.invitationSentAt().isPresent() || only.filter(o -> !o.contains(i.person())).isPresent()) continue;
                if (!facts.markInvitationSent(i.person(), clock.instant())) continue;
                boolean known = facts.of(i.person()).values().stream().anyMatch(f -> f.department().isPresent() && f.manager().isPresent());
                outbox.add(new OutgoingMessage("orgchart-invite:" + i.person().key(), ConversationRef.direct(i.person()),
                        message(lang, known), Optional.empty(), Optional.of(i.person()), Optional.of(lang)));
                sent++;
            }
            return sent;
        });
    }

    Message message(Language lang, boolean known) {
        java.util.List<Message.Block> blocks = new java.util.ArrayList<>(java.util.List.of(
                new Message.Block.Heading(texts.get(lang, "orgchart.invite.heading")),
                new Message.Block.Text(texts.get(lang, "orgchart.invite.what"))));
        if (known) blocks.add(new Message.Block.Text(texts.get(lang, "orgchart.invite.known")));
        blocks.add(new Message.Block.Actions(java.util.List.of(
                new Message.Button("orgchart-join", texts.get(lang, "orgchart.invite.button"), "join", Message.Style.PRIMARY))));
        blocks.add(new Message.Block.Context(texts.get(lang, "orgchart.invite.choice")));
        return new Message(blocks);
    }
}
