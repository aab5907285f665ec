package se.largrupp.core.continuity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.CommandHandler;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.regrouping.GroupNames;

/**
 * A member's {@code merge yes|no} for their group. Both groups must say yes: then the one with a standing booking
 * (else the bigger) goes on, the other's members join it and its conversation, and the other is dissolved with its
 * wake-ups. A no keeps both as they are until the next regrouping.
 */
final class AnswerMerge implements CommandHandler<Command.Merge> {
    private final Deps d;

    AnswerMerge(Deps d) {
        this.d = d;
    }

    @Override
    public Reply handle(CommandContext c, Command.Merge answer) {
        LearningGroup mine = c.group().orElseThrow(); // a group command: the service checked the caller has one
        Optional<Proposal> found = answer.offer().flatMap(d.store().proposals()::find)
                // Typed without an id: the group's pending offer, else the one it had.
                .or(() -> d.store().proposals().inWorkspace(mine.workspace()).stream()
                        .filter(p -> p.kind() == Proposal.Kind.MERGE && p.concerns(mine.id()))
                        .max(Comparator.comparing(Proposal::pending).thenComparing(Proposal::createdAt)))
                .filter(p -> p.kind() == Proposal.Kind.MERGE && p.concerns(mine.id()));
        if (found.isEmpty()) return c.toCaller("continuity.merge.none");
        Proposal p = found.get();
        if (!p.pending()) return c.toCaller("continuity.merge.decided");
        LearningGroup other = d.groups().find(p.group().get().equals(mine.id()) ? p.other().get() : p.group().get())
                .filter(LearningGroup::isActive).orElse(null);
        if (other == null || mine.members().size() + other.members().size() > LearningGroup.MAX_SIZE) {
            d.store().proposals().save(p.withStatus(Proposal.Status.DONE));
            return c.toCaller("continuity.merge.stale");
        }
        if (!answer.accept()) {
            d.store().proposals().save(p.withStatus(Proposal.Status.DECLINED));
            post(mine, "merge:" + p.id() + ":declined:" + mine.id(), "continuity.merge.declinedHere", other.name());
            post(other, "merge:" + p.id() + ":declined:" + other.id(), "continuity.merge.declinedThere", mine.name());
            return c.toCaller("continuity.merge.declinedReply");
        }
        Proposal accepted = p.acceptedBy(mine.id());
        if (!(accepted.groupAccepted() && accepted.otherAccepted())) {
            d.store().proposals().save(accepted);
            post(other, "merge:" + p.id() + ":yes:" + other.id(), "continuity.merge.otherSaidYes", mine.name());
            return c.toCaller("continuity.merge.waiting", other.name());
        }
        d.store().proposals().save(accepted.withStatus(Proposal.Status.DONE));
        LearningGroup survivor = merge(mine, other, c.now());
        return c.toCaller("continuity.merge.done", survivor.name());
    }

    private LearningGroup merge(LearningGroup a, LearningGroup b, Instant now) {
        boolean aStays = a.booking().isPresent() != b.booking().isPresent() ? a.booking().isPresent()
                : a.members().size() >= b.members().size();
        LearningGroup stays = aStays ? a : b, goes = aStays ? b : a;
        List<LeaderId> all = new ArrayList<>(stays.members());
        goes.members().stream().filter(m -> !all.contains(m)).forEach(all::add);
        LearningGroup merged = stays.withMembers(all);
        d.groups().save(merged);
        LearningGroup dissolved = goes.dissolved(now);
        d.groups().save(dissolved);
        d.bookingListeners().forEach(l -> l.bookingChanged(dissolved));
        d.wakeups().cancelAll("group:" + goes.id().value() + ":");
        List<Leader> moved = goes.members().stream().map(d.leaders()::find).flatMap(Optional::stream).toList();
        stays.conversation().ifPresent(conv -> {
            Language lang = Formats.groupLanguage(d.leaders(), merged);
            d.outbox().add(OutgoingMessage.post("merged:" + stays.id() + ":" + goes.id(), conv, Message.text(d.messages().text(lang,
                    "continuity.merge.toStaying", d.messages().members(lang, moved), goes.name()))));
            goes.members().forEach(m -> AdmitNewcomer.later(d.wakeups(), merged.id(), m, now));
        });
        goes.conversation().ifPresent(conv -> post(goes, "merged:" + goes.id() + ":moved", "continuity.merge.toMoving", stays.name()));
        for (LeaderId m : goes.members()) {
            Language lang = d.language(m);
            List<Leader> others = merged.members().stream().filter(x -> !x.equals(m)).map(d.leaders()::find).flatMap(Optional::stream).toList();
            String where = stays.conversation().map(c -> d.messages().where(lang, d.conversations().link(c), GroupNames.slug(stays.name())))
                    .orElse("");
            d.tell(m, "merged:" + merged.id() + ":" + m.key(), Message.text(d.messages().text(lang, "continuity.merge.toMember",
                    merged.name(), d.messages().members(lang, others)) + (where.isEmpty() ? "" : "\n" + where)));
        }
        return merged;
    }

    private void post(LearningGroup g, String key, String text, Object arg) {
        g.conversation().ifPresent(conv -> d.outbox().add(OutgoingMessage.post(key, conv,
                Message.text(d.messages().text(Formats.groupLanguage(d.leaders(), g), text, arg)))));
    }
}
