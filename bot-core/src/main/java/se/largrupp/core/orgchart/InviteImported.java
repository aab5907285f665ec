package se.largrupp.core.orgchart;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
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

    public InviteImported(OrgFacts facts, Outbox outbox, Transactions transactions, Texts texts, Clock clock) {
        this.facts = facts;
        this.outbox = outbox;
        this.transactions = transactions;
        this.texts = texts;
        this.clock = clock;
    }

    /** Invites those of {@code only} (or everyone) invited and not yet told; returns how many were invited now. */
    public int invite(Workspace workspace, Optional<Set<LeaderId>> only) {
        return transactions.inTransaction(() -> {
            int sent = 0;
            for (OrgFacts.Invited i : facts.invited(workspace)) {
                if (i.invitationSentAt().isPresent() || only.filter(o -> !o.contains(i.person())).isPresent()) continue;
                if (!facts.markInvitationSent(i.person(), clock.instant())) continue;
                boolean known = facts.of(i.person()).values().stream().anyMatch(f -> f.department().isPresent() && f.manager().isPresent());
                outbox.add(new OutgoingMessage("orgchart-invite:" + i.person().key(), ConversationRef.direct(i.person()),
                        message(Language.SV, known), Optional.empty(), Optional.of(i.person()), Optional.of(Language.SV)));
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
