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
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;

/**
 * Forms exactly the previewed groups: dissolves the current generation (and cancels its wake-ups — every wake-up
 * subject about a group starts with {@code group:<id>}), creates generation + 1 with names such as {@code 2027v1-03},
 * and leaves opening each group's conversation and welcoming its members to {@link OpenGroupConversation}. Where the workspace asks for it,
 * the previous generation's conversations are archived.
 */
final class ApplyRegroup {
    private final Groups groups;
    private final RegroupPreviews previews;
    private final Wakeups wakeups;
    private final GroupConversations conversations;
    private final Transactions transactions;
    private final Clock clock;
    private final java.util.function.Predicate<Workspace> archivePrevious;
    private final Continuation continuation;

    /** @param wakeups the after-commit ones: a rolled-back apply leaves the old groups' wake-ups as they were */
    ApplyRegroup(Groups groups, RegroupPreviews previews, Wakeups wakeups, GroupConversations conversations,
                 Transactions transactions, Clock clock, java.util.function.Predicate<Workspace> archivePrevious,
                 Continuation continuation) {
        this.groups = groups;
        this.previews = previews;
        this.wakeups = wakeups;
        this.conversations = conversations;
        this.transactions = transactions;
        this.clock = clock;
        this.archivePrevious = archivePrevious;
        this.continuation = continuation;
    }

    Reply apply(CommandContext context, Workspace workspace) {
        Optional<RegroupPreview> found = previews.find(workspace);
        if (found.isEmpty()) return context.refuse("regroup.refused.noPreview");
        RegroupPreview preview = found.get();
        int latest = groups.latestGeneration(workspace);
        // A group formed since (one the leaders started, a merge) is not in the preview: applying it would undo that.
        boolean formedSince = groups.active(workspace).stream().anyMatch(g -> g.createdAt().isAfter(preview.createdAt()));
        if (preview.baseGeneration() != latest || formedSince) {
            previews.delete(workspace);
            return context.refuse("regroup.refused.stale");
        }
        Instant now = clock.instant();
        List<LearningGroup> old = groups.active(workspace);
        boolean archive = archivePrevious.test(workspace);
        for (LearningGroup g : old) {
            groups.save(g.dissolved(now));
            wakeups.cancelAll("group:" + g.id().value());
            // a platform call: only once the dissolving has committed
            if (archive) g.conversation().ifPresent(c -> transactions.afterCommit(() -> conversations.archive(c)));
        }
        int year = now.atZone(ZoneOffset.UTC).getYear();
        int inYear = generationsInYear(groups.history(workspace), year) + 1;
        int generation = latest + 1;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < preview.groups().size(); i++) {
            List<LeaderId> members = preview.groups().get(i);
            String name = GroupNames.name(year, inYear, i + 1);
            LearningGroup group = LearningGroup.formed(workspace, name, generation, members, now);
            groups.save(group);
            // The conversation is opened (and the welcome posted) by a wake-up, off this request and transaction;
            // a millisecond apart, so the channels appear in the groups' order.
            wakeups.schedule(OpenGroupConversation.TOPIC, OpenGroupConversation.subject(group.id()), now.plusMillis(i));
            names.add(name);
        }
        previews.delete(workspace);
        continuation.applied(workspace, now, wakeups);
        String range = names.isEmpty() ? "" : names.size() == 1 ? names.get(0) : names.get(0) + " … " + names.get(names.size() - 1);
        return context.toCaller("regroup.applied", names.size(), range, old.size());
    }

    private static int generationsInYear(List<CoMembership> history, int year) {
        // Generation 0 holds groups leaders started before the first regrouping: not a regrouping of the year.
        return (int) history.stream().filter(c -> c.generation() > 0 && c.from().atZone(ZoneOffset.UTC).getYear() == year)
                .mapToInt(CoMembership::generation).distinct().count();
    }
}
