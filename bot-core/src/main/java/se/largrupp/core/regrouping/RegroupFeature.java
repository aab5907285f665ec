package se.largrupp.core.regrouping;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.CommandContext;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.Groups;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Outbox;
import se.largrupp.core.port.PersonalData;
import se.largrupp.core.port.Transactions;
import se.largrupp.core.port.Wakeups;
import se.largrupp.core.scheduling.AfterCommitWakeups;

/**
 * The admin's {@code regroup}: PREVIEW runs the engine on the workspace's active leaders and history and keeps the
 * result; APPLY forms exactly the previewed groups; CANCEL discards it. Register it with
 * {@code .handler(Command.Regroup.class, regroup::handle)}; it runs in the command's transaction.
 */
public final class RegroupFeature {
    /** Pools this small plan the next round with an eye on the following ones (the combinations run out). */
    static final int LOOKAHEAD_POOL = 60;
    static final int LOOKAHEAD_ROUNDS = 3;

    private final Leaders leaders;
    private final Groups groups;
    private final RegroupPreviews previews;
    private final Clock clock;
    private final RegroupMessages messages;
    private final ApplyRegroup apply;
    private final RegroupOptions options;
    private final OpenGroupConversation opener;
    private final Continuation continuation;
    private final PerWorkspace perWorkspace;

    public RegroupFeature(Leaders leaders, Groups groups, RegroupPreviews previews, Outbox outbox, Wakeups wakeups,
                          GroupConversations conversations, Transactions transactions, Texts texts, Clock clock) {
        this(leaders, groups, previews, outbox, wakeups, conversations, transactions, texts, clock, RegroupOptions.defaults(), false);
    }

    /** @param archivePrevious archive the dissolved groups' conversations when a regrouping is applied */
    public RegroupFeature(Leaders leaders, Groups groups, RegroupPreviews previews, Outbox outbox, Wakeups wakeups,
                          GroupConversations conversations, Transactions transactions, Texts texts, Clock clock,
                          RegroupOptions options, boolean archivePrevious) {
        this(leaders, groups, previews, outbox, wakeups, conversations, transactions, texts, clock, options, archivePrevious,
                Continuation.NONE);
    }

    /** @param continuation groups to keep together, and who places the leaders a regrouping leaves out */
    public RegroupFeature(Leaders leaders, Groups groups, RegroupPreviews previews, Outbox outbox, Wakeups wakeups,
                          GroupConversations conversations, Transactions transactions, Texts texts, Clock clock,
                          RegroupOptions options, boolean archivePrevious, Continuation continuation) {
        this(leaders, groups, previews, outbox, wakeups, conversations, transactions, texts, clock, options, archivePrevious,
                continuation, PerWorkspace.NONE);
    }

    /** A workspace's own choices, where its admins changed them in chat; the configured ones otherwise. */
    public interface PerWorkspace {
        /** The manager depth as the engine counts it ({@link RegroupOptions#WHOLE_CHAIN} for all). */
        java.util.OptionalInt managerDepth(Workspace workspace);

        Optional<Boolean> archivePrevious(Workspace workspace);

        PerWorkspace NONE = new PerWorkspace() {
            @Override
            public java.util.OptionalInt managerDepth(Workspace workspace) {
                return java.util.OptionalInt.empty();
            }

            @Override
            public Optional<Boolean> archivePrevious(Workspace workspace) {
                return Optional.empty();
            }
        };
    }

    /** @param perWorkspace each workspace's manager depth and archiving, where its admins set them */
    public RegroupFeature(Leaders leaders, Groups groups, RegroupPreviews previews, Outbox outbox, Wakeups wakeups,
                          GroupConversations conversations, Transactions transactions, Texts texts, Clock clock,
                          RegroupOptions options, boolean archivePrevious, Continuation continuation, PerWorkspace perWorkspace) {
        Wakeups afterCommit = AfterCommitWakeups.of(wakeups, transactions);
        this.continuation = continuation;
        this.leaders = leaders;
        this.groups = groups;
        this.previews = previews;
        this.clock = clock;
        this.messages = new RegroupMessages(texts);
        this.apply = new ApplyRegroup(groups, previews, afterCommit, conversations, transactions, clock,
                ws -> perWorkspace.archivePrevious(ws).orElse(archivePrevious), continuation);
        this.perWorkspace = perWorkspace;
        this.opener = new OpenGroupConversation(leaders, groups, outbox, afterCommit, conversations, messages, transactions, clock);
        this.options = options;
    }

    /**
     * The wake-up handler that opens each new group's conversation and welcomes it after an apply; register it with
     * the scheduler (e.g. {@code Largrupp.builder().wakeupHandler(feature.conversationOpener())}).
     */
    public Wakeups.Handler conversationOpener() {
        return opener;
    }

    /**
     * Opens a group formed outside a regrouping (one the leaders started themselves, a merge) exactly as a regrouped
     * one: its conversation and welcome follow on the opener's wake-up at {@code at}.
     */
    public static void openConversation(Wakeups afterCommit, GroupId group, Instant at) {
        afterCommit.schedule(OpenGroupConversation.TOPIC, OpenGroupConversation.subject(group), at);
    }

    /** Forget me: a preview lists the whole workspace, so it goes and the admin previews again. */
    public PersonalData personalData() {
        return (leader, name, conversations) -> previews.delete(leader.workspace());
    }

    /** At start-up (idempotent): opens the conversation of any active group still without one. */
    public void resumeOpening() {
        opener.resumeAll();
    }

    public Reply handle(CommandContext context, Command.Regroup command) {
        if (!context.admin()) return context.refuse("regroup.refused.notAdmin");
        Workspace workspace = context.actor().workspace();
        return switch (command.phase()) {
            case PREVIEW -> preview(context, workspace);
            case APPLY -> apply.apply(context, workspace);
            case CANCEL -> cancel(context, workspace);
        };
    }

    private Reply preview(CommandContext context, Workspace workspace) {
        List<Leader> everyone = leaders.inWorkspace(workspace);
        Map<LeaderId, Leader> byId = everyone.stream().collect(Collectors.toMap(Leader::id, Function.identity()));
        // Engine ids are keys; map them back without parsing (Teams user ids contain colons).
        Map<String, LeaderId> byKey = everyone.stream().collect(Collectors.toMap(l -> l.id().key(), Leader::id));
        List<Candidate> candidates = RegroupPool.candidates(everyone, clock.instant());
        List<PastGroup> history = RegroupPool.history(groups.history(workspace));
        int generation = groups.latestGeneration(workspace);
        long taking = candidates.stream().filter(Candidate::takesPart).count();
        List<List<String>> keep = continuation.keepTogether(workspace).stream()
                .map(g -> g.stream().map(LeaderId::key).toList()).toList();
        RegroupOptions base = optionsFor(workspace);
        RegroupOptions planning = base.withSeed(base.seed() + generation).withKeepTogether(keep);
        SetAside.Outcome outcome = SetAside.plan(planning, candidates, history, (engine, pool, past) ->
                taking <= LOOKAHEAD_POOL ? engine.planWithLookahead(pool, past, LOOKAHEAD_ROUNDS) : engine.plan(pool, past));
        Function<String, Leader> leader = key -> Optional.ofNullable(byKey.get(key)).map(byId::get).orElse(null);
        if (outcome.result() instanceof RegroupResult.Refused refused) {
            Refusal r = refused.refusal();
            String names = r.leaders().stream().map(key -> Optional.ofNullable(leader.apply(key))
                    .map(Leader::displayName).orElse(key)).collect(Collectors.joining(", "));
            return context.refuse("regroup.refused." + r.rule().name(), names);
        }
        Plan plan = ((RegroupResult.Planned) outcome.result()).plan();
        List<List<LeaderId>> formed = plan.first().groups().stream()
                .map(g -> g.members().stream().map(byKey::get).toList()).toList();
        Plan.Totals t = plan.totals();
        previews.save(new RegroupPreview(workspace, generation, context.actor(), clock.instant(),
                t.groups() + "," + t.repeatPairs() + "," + t.sameDepartmentPairs() + "," + t.maxZoneSpreadHours(), formed));
        int placed = (int) taking - outcome.leftOut().size();
        Message message = messages.preview(context.language(), formed, byId, t, placed, groups.active(workspace).size(),
                messages.setAside(context.language(), outcome, leader, keep, base.managerDepth()));
        return Reply.toCaller(message);
    }

    private RegroupOptions optionsFor(Workspace workspace) {
        java.util.OptionalInt depth = perWorkspace.managerDepth(workspace);
        return depth.isPresent() ? options.withManagerDepth(depth.getAsInt()) : options;
    }

    private Reply cancel(CommandContext context, Workspace workspace) {
        if (previews.find(workspace).isEmpty()) return context.refuse("regroup.refused.nothingToCancel");
        previews.delete(workspace);
        return context.toCaller("regroup.cancelled");
    }
}
