package se.largrupp.core.regrouping;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.CoMembership;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.Wakeups;

/**
 * Forms exactly the previewed groups: dissolves the current generation (and cancels its wake-ups — every wake-up
 * subject about a group starts with {@code group:<id>}), creates generation + 1 with names such as {@code 2027v1-03},
 * opens each group's conversation and welcomes the members there through the outbox. Where the workspace asks for it,
 * the previous generation's conversations are archived.
 */
final class ApplyRegroup {
    private final Leaders leaders;
    private final Groups groups;
    private final RegroupPreviews previews;
    private final Outbox outbox;
    private final Wakeups wakeups;
    private final GroupConversations conversations;
    private final RegroupMessages messages;
    private final Clock clock;
    private final boolean archivePrevious;

    ApplyRegroup(Leaders leaders, Groups groups, RegroupPreviews previews, Outbox outbox, Wakeups wakeups,
                 GroupConversations conversations, RegroupMessages messages, Clock clock, boolean archivePrevious) {
        this.leaders = leaders;
        this.groups = groups;
        this.previews = previews;
        this.outbox = outbox;
        this.wakeups = wakeups;
        this.conversations = conversations;
        this.messages = messages;
        this.clock = clock;
        this.archivePrevious = archivePrevious;
    }

    Reply apply(CommandContext context, Workspace workspace) {
        Optional<RegroupPreview> found = previews.find(workspace);
        if (found.isEmpty()) return context.refuse("regroup.refused.noPreview");
        RegroupPreview preview = found.get();
        int latest = groups.latestGeneration(workspace);
        if (preview.baseGeneration() != latest) {
            previews.delete(workspace);
            return context.refuse("regroup.refused.stale");
        }
        Instant now = clock.instant();
        List<LearningGroup> old = groups.active(workspace);
        for (LearningGroup g : old) {
            groups.save(g.dissolved(now));
            wakeups.cancelAll("group:" + g.id().value());
            if (archivePrevious) g.conversation().ifPresent(conversations::archive);
        }
        int year = now.atZone(ZoneOffset.UTC).getYear();
        int inYear = generationsInYear(groups.history(workspace), year) + 1;
        int generation = latest + 1;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < preview.groups().size(); i++) {
            List<LeaderId> members = preview.groups().get(i);
            String name = GroupNames.name(year, inYear, i + 1);
            ConversationRef ref = conversations.open(workspace, GroupNames.slug(name), members);
            LearningGroup group = LearningGroup.formed(workspace, name, generation, members, now).withConversation(ref);
            groups.save(group);
            List<Leader> people = members.stream().map(leaders::find).flatMap(Optional::stream).toList();
            outbox.add(OutgoingMessage.post("regroup:welcome:" + group.id().value(), ref,
                    messages.welcome(language(people), name, people)));
            names.add(name);
        }
        previews.delete(workspace);
        String range = names.isEmpty() ? "" : names.size() == 1 ? names.get(0) : names.get(0) + " … " + names.get(names.size() - 1);
        return context.toCaller("regroup.applied", names.size(), range, old.size());
    }

    private static int generationsInYear(List<CoMembership> history, int year) {
        return (int) history.stream().filter(c -> c.from().atZone(ZoneOffset.UTC).getYear() == year)
                .mapToInt(CoMembership::generation).distinct().count();
    }

    /** The language most members chose; Swedish, the programme's own, on a tie. */
    private static Language language(List<Leader> members) {
        long english = members.stream().filter(m -> m.languageOr(Language.SV) == Language.EN).count();
        return english * 2 > members.size() ? Language.EN : Language.SV;
    }
}
