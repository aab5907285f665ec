package se.largrupp.core.continuity;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.largrupp.core.commands.Formats;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.regrouping.GroupNames;
import se.largrupp.core.regrouping.RegroupFeature;

/**
 * Forms the group of an invitation once three have said yes: whoever is in another group leaves it kindly, the new
 * group joins the current generation under the next free name ({@code 2027v1-05}), and its conversation and welcome
 * follow exactly as for a regrouped group (the regrouping feature's opener, on a wake-up after the commit).
 */
final class FormGroup {
    private final Deps d;

    FormGroup(Deps d) {
        this.d = d;
    }

    LearningGroup form(Invitation invitation, Instant now) {
        Workspace ws = invitation.workspace();
        List<LeaderId> members = invitation.yes().stream()
                .filter(m -> d.leaders().find(m).filter(l -> !(l.status() instanceof se.largrupp.core.leaders.LeaderStatus.Left)).isPresent())
                .toList();
        for (LeaderId m : members) d.groups().activeGroupOf(m).ifPresent(old -> switchOut(old, m, now));
        int generation = d.groups().latestGeneration(ws);
        LearningGroup group = LearningGroup.formed(ws, nextName(ws, generation, now), generation, members, now);
        d.groups().save(group);
        d.store().invitations().save(invitation.formed(group.id()));
        members.forEach(d.store().waiting()::remove);
        RegroupFeature.openConversation(d.wakeups(), group.id(), now);
        List<Leader> people = members.stream().map(d.leaders()::find).flatMap(Optional::stream).toList();
        for (LeaderId m : members) {
            Language lang = d.language(m);
            String text = d.messages().text(lang, "continuity.formed", group.name(), d.messages().members(lang, people));
            if (invitation.selfStarted()) text += "\n" + d.messages().text(lang, "continuity.formed.kept");
            d.tell(m, "formed:" + invitation.id() + ":" + m.key(), Message.text(text));
        }
        return group;
    }

    /** Leaves the old group kindly for a new one; the last one out dissolves it (its wake-ups go with it). */
    void switchOut(LearningGroup old, LeaderId leader, Instant now) {
        List<LeaderId> remaining = old.members().stream().filter(x -> !x.equals(leader)).toList();
        LearningGroup after = remaining.isEmpty() ? old.dissolved(now) : old.withMembers(remaining);
        d.groups().save(after);
        if (!after.isActive()) {
            d.bookingListeners().forEach(l -> l.bookingChanged(after));
            d.wakeups().cancelAll("group:" + old.id().value() + ":");
            return;
        }
        old.conversation().ifPresent(c -> {
            Language lang = Formats.groupLanguage(d.leaders(), after);
            String name = d.leaders().find(leader).map(Leader::displayName).orElse(leader.user());
            d.outbox().add(OutgoingMessage.post("switched:" + old.id() + ":" + now.toEpochMilli() + ":" + leader.key(), c,
                    Message.text(d.messages().text(lang, "continuity.switched.toOldGroup", name, remaining.size()))));
        });
        d.placeSoon(old.workspace(), now);
    }

    /** The next number in the generation, after every group it ever had (a dissolved one keeps its channel name). */
    private String nextName(Workspace ws, int generation, Instant now) {
        Set<GroupId> seen = new LinkedHashSet<>();
        String prefix = null;
        for (LearningGroup g : d.groups().active(ws)) {
            if (g.generation() != generation) continue;
            seen.add(g.id());
            if (prefix == null) prefix = prefix(g.name());
        }
        for (var c : d.groups().history(ws)) if (c.generation() == generation) seen.add(c.group());
        for (GroupId id : seen) {
            if (prefix != null) break;
            prefix = d.groups().find(id).map(g -> prefix(g.name())).orElse(null);
        }
        int year = now.atZone(java.time.ZoneOffset.UTC).getYear();
        String name = GroupNames.name(year, generation, seen.size() + 1);
        return prefix == null ? name : prefix + name.substring(name.lastIndexOf('-'));
    }

    private static String prefix(String name) {
        int dash = name.lastIndexOf('-');
        return dash > 0 ? name.substring(0, dash) : name;
    }
}
