package se.largrupp.core.continuity;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.NextOccurrence;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.regrouping.GroupNames;

/**
 * A leader joins a group that exists: they become a member, the group is told in its conversation who joins, the
 * newcomer hears which group, who is in it, the next meeting and how to find the conversation, and a wake-up lets
 * them into the conversation after the commit (Slack invites; Teams has no invite for a thread, so the notice and
 * the personal message with its link are how they find it).
 */
final class JoinGroup {
    private final Deps d;

    JoinGroup(Deps d) {
        this.d = d;
    }

    /** @return the group with the newcomer in it */
    LearningGroup join(LearningGroup group, LeaderId newcomer, Instant now) {
        List<LeaderId> members = new ArrayList<>(group.members());
        if (!members.contains(newcomer)) members.add(newcomer);
        LearningGroup after = group.withMembers(members);
        d.groups().save(after);
        d.store().waiting().remove(newcomer);
        Optional<Leader> who = d.leaders().find(newcomer);
        String name = who.map(Leader::displayName).orElse(newcomer.user());
        group.conversation().ifPresent(conversation -> {
            Language lang = Formats.groupLanguage(d.leaders(), after);
            String text = who.flatMap(Leader::department).filter(s -> !s.isBlank())
                    .map(dep -> d.messages().text(lang, "continuity.joined.toGroup", name, dep))
                    .orElseGet(() -> d.messages().text(lang, "continuity.joined.toGroupNoDepartment", name));
            d.outbox().add(OutgoingMessage.post("joined:" + group.id() + ":" + now.toEpochMilli() + ":" + newcomer.key(),
                    conversation, Message.text(text)));
            AdmitNewcomer.later(d.wakeups(), after.id(), newcomer, now);
        });
        d.tell(newcomer, "placed:" + group.id() + ":" + newcomer.key(), welcome(after, newcomer, now));
        return after;
    }

    private Message welcome(LearningGroup group, LeaderId newcomer, Instant now) {
        Language lang = d.language(newcomer);
        ContinuityMessages m = d.messages();
        List<Leader> others = group.members().stream().filter(x -> !x.equals(newcomer)).map(d.leaders()::find)
                .flatMap(Optional::stream).toList();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(m.text(lang, "continuity.placed.heading", group.name())));
        blocks.add(new Block.Text(m.text(lang, "continuity.placed.members", m.members(lang, others))));
        Optional<ZonedDateTime> next = NextOccurrence.notSkipped(group, d.meetings(), now);
        blocks.add(new Block.Text(next.map(z -> m.text(lang, "continuity.placed.next", Formats.meetingTime(z, lang)))
                .orElseGet(() -> m.text(lang, "continuity.placed.noBooking"))));
        group.conversation().ifPresent(c -> blocks.add(new Block.Text(
                m.where(lang, d.conversations().link(c), GroupNames.slug(group.name())))));
        blocks.add(new Block.Context(m.text(lang, "continuity.placed.status")));
        return new Message(blocks);
    }
}
