package se.largrupp.core.regrouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.GroupConversations;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.testing.TestCore;

class RegroupFeatureTest {
    private final TestCore t = TestCore.create();
    private final InMemoryRegroupPreviews previews = new InMemoryRegroupPreviews();
    private final LeaderId admin = TestCore.leaderId("UADMIN");
    private static final String[] DEPARTMENTS = {"Ekonomi", "Försäljning", "Utveckling", "HR"};

    @BeforeEach
    void programme() {
        RegroupFeature feature = new RegroupFeature(t.leaders, t.groups, previews, t.outbox, t.wakeups, t.conversations,
                t.transactions, t.texts, t.clock);
        t.build(b -> b.configuredAdmins("slack:T1:UADMIN").handler(Command.Regroup.class, feature::handle)
                .wakeupHandler(feature.conversationOpener()));
        // Åsa heads the programme's leaders; U1-U3 report to her; U4-U11 report to them; all in four departments.
        save("U0", "Åsa Öberg", "Ledning", null);
        for (int i = 1; i <= 3; i++) save("U" + i, "Chef " + i, DEPARTMENTS[i - 1], "U0");
        for (int i = 4; i < 16; i++) save("U" + i, "Ledare " + i, DEPARTMENTS[i % 4], i < 12 ? "U" + (1 + i % 3) : null);
    }

    private Leader save(String user, String name, String department, String manager) {
        Leader l = Leader.joining(TestCore.leaderId(user), user, t.clock.instant())
                .withProfile(name, Optional.of(department), Optional.ofNullable(manager).map(TestCore::leaderId));
        t.leaders.save(l);
        return l;
    }

    private Reply run(LeaderId who, String text) {
        return t.commands().execute(t.invocation(who), text);
    }

    private static Message message(Reply reply) {
        assertThat(reply).isInstanceOf(Reply.Show.class);
        return ((Reply.Show) reply).message();
    }

    @Test
    void a_preview_lists_the_groups_with_names_and_offers_apply_and_cancel_but_changes_nothing() {
        Message preview = message(run(admin, "regroup"));

        assertThat(preview.plainText()).contains("Förslag: 4 nya grupper för 16 ledare", "Åsa Öberg (Ledning)",
                "Regler som bryts: 0");
        assertThat(preview.blocks()).filteredOn(b -> b instanceof Message.Block.Actions).singleElement()
                .satisfies(b -> assertThat(((Message.Block.Actions) b).buttons()).extracting(Message.Button::command)
                        .containsExactly("regroup apply", "regroup cancel"));
        assertThat(t.groups.all()).isEmpty();
        assertThat(t.outbox.messages()).isEmpty();
        assertThat(previews.find(TestCore.WORKSPACE)).isPresent();
    }

    @Test
    void apply_forms_exactly_the_previewed_groups_opens_their_conversations_and_welcomes_them() {
        run(admin, "regroup");
        List<List<LeaderId>> previewed = previews.find(TestCore.WORKSPACE).orElseThrow().groups();

        Message done = message(run(admin, "regroup apply"));
        // The command only forms the groups; their conversations open on a wake-up, off the admin's request.
        assertThat(t.conversations.opened).isEmpty();
        assertThat(t.groups.active(TestCore.WORKSPACE)).allSatisfy(g -> assertThat(g.conversation()).isEmpty());
        t.wakeups.fireDue(t.clock.instant().plusSeconds(1));

        List<LearningGroup> formed = t.groups.active(TestCore.WORKSPACE);
        assertThat(formed).extracting(LearningGroup::members).containsExactlyElementsOf(previewed);
        assertThat(formed).extracting(LearningGroup::name).containsExactly("2027v1-01", "2027v1-02", "2027v1-03", "2027v1-04");
        assertThat(formed).allSatisfy(g -> assertThat(g.generation()).isEqualTo(1));
        assertThat(t.conversations.opened).extracting(Object::toString)
                .containsExactly("slack:T1:C-largrupp-2027v1-01", "slack:T1:C-largrupp-2027v1-02",
                        "slack:T1:C-largrupp-2027v1-03", "slack:T1:C-largrupp-2027v1-04");
        for (LearningGroup g : formed) {
            List<OutgoingMessage> welcome = t.outbox.to(g.conversation().orElseThrow());
            assertThat(welcome).hasSize(1);
            String text = welcome.get(0).message().plainText();
            assertThat(text).contains("Välkomna till lärgrupp " + g.name(), "schema tisdag 12:00");
            for (LeaderId m : g.members()) assertThat(text).contains(t.leaders.find(m).orElseThrow().displayName());
        }
        assertThat(done.plainText()).contains("4 nya grupper");
        assertThat(previews.find(TestCore.WORKSPACE)).isEmpty();
        assertNoManagerTogether(formed);
    }

    @Test
    void each_new_group_is_opened_and_welcomed_under_its_own_name_in_the_language_of_the_group_rule() {
        // Half of the pool chose English (every other leader), the rest never chose: groups differ in the rule's answer.
        for (int i = 4; i < 16; i += 2)
            t.leaders.save(t.leaders.find(TestCore.leaderId("U" + i)).orElseThrow().withLanguage(Optional.of(Language.EN)));
        run(admin, "regroup");
        run(admin, "omgruppera ja");
        t.wakeups.fireDue(t.clock.instant().plusSeconds(1));

        List<LearningGroup> formed = t.groups.active(TestCore.WORKSPACE);
        assertThat(t.conversations.openings).hasSize(formed.size());
        for (LearningGroup g : formed) {
            Language rule = Language.forGroup(g.members().stream().map(t.leaders::find).flatMap(Optional::stream).toList());
            GroupConversations.Opening opening = t.conversations.openings.stream()
                    .filter(o -> o.slug().equals("largrupp-" + g.name())).findFirst().orElseThrow();
            assertThat(opening.groupName()).isEqualTo(g.name());
            assertThat(opening.language()).isEqualTo(rule);
            OutgoingMessage welcome = t.outbox.to(g.conversation().orElseThrow()).get(0);
            assertThat(welcome.language()).contains(rule);
            assertThat(welcome.message().plainText()).contains(rule == Language.SV ? "Välkomna till lärgrupp" : "Welcome to learning group");
        }
    }

    @Test
    void apply_dissolves_the_current_groups_and_cancels_their_wake_ups() {
        LearningGroup old = t.groupOf("2027v0-01", "U4", "U5", "U12");
        t.wakeups.schedule("meetings.nudge", "group:" + old.id().value() + ":day-before", Instant.parse("2027-02-01T08:00:00Z"));
        t.wakeups.schedule("meetings.nudge", "group:other:day-before", Instant.parse("2027-02-01T08:00:00Z"));
        run(admin, "regroup");

        run(admin, "regroup apply");

        assertThat(t.groups.find(old.id()).orElseThrow().isActive()).isFalse();
        assertThat(t.wakeups.isScheduled("meetings.nudge", "group:" + old.id().value() + ":day-before")).isFalse();
        assertThat(t.wakeups.isScheduled("meetings.nudge", "group:other:day-before")).isTrue();
        assertThat(t.groups.active(TestCore.WORKSPACE)).hasSize(4)
                .allSatisfy(g -> assertThat(g.generation()).isEqualTo(2))
                .extracting(LearningGroup::name).first().isEqualTo("2027v2-01");
        // Those three met last time and can be kept apart: nobody meets a former group-mate again.
        Set<LeaderId> before = new HashSet<>(old.members());
        assertThat(t.groups.active(TestCore.WORKSPACE))
                .allSatisfy(g -> assertThat(g.members().stream().filter(before::contains).count()).isLessThanOrEqualTo(1));
    }

    @Test
    void apply_archives_the_previous_groups_conversations_only_when_the_workspace_asks_for_it() {
        LearningGroup old = t.groupOf("2027v0-01", "U4", "U5", "U12");
        run(admin, "regroup");
        run(admin, "regroup apply");
        assertThat(t.conversations.archived).isEmpty();

        TestCore archiving = TestCore.create();
        RegroupFeature feature = new RegroupFeature(archiving.leaders, archiving.groups, new InMemoryRegroupPreviews(),
                archiving.outbox, archiving.wakeups, archiving.conversations, archiving.transactions, archiving.texts,
                archiving.clock, RegroupOptions.defaults(), true);
        archiving.build(b -> b.configuredAdmins("slack:T1:UADMIN").handler(Command.Regroup.class, feature::handle)
                .wakeupHandler(feature.conversationOpener()));
        t.leaders.inWorkspace(TestCore.WORKSPACE).forEach(archiving.leaders::save);
        LearningGroup previous = archiving.groupOf("2027v0-01", "U4", "U5", "U12");
        archiving.commands().execute(archiving.invocation(admin), "regroup");
        archiving.commands().execute(archiving.invocation(admin), "regroup apply");

        assertThat(archiving.conversations.archived).containsExactly(previous.conversation().orElseThrow());
        assertThat(old.conversation()).isPresent();
    }

    @Test
    void a_conversation_that_cannot_be_opened_yet_is_tried_again_and_the_welcome_comes_once() {
        TestCore flaky = TestCore.create();
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger(1);
        GroupConversations platformDownOnce = new GroupConversations() {
            public ConversationRef create(Workspace w, String name, List<LeaderId> members) {
                if (failures.getAndDecrement() > 0) throw new IllegalStateException("platform unavailable");
                return flaky.conversations.create(w, name, members);
            }
            public void admit(ConversationRef c, List<LeaderId> members) { flaky.conversations.admit(c, members); }
            public void archive(ConversationRef c) { flaky.conversations.archive(c); }
        };
        RegroupFeature feature = flakyProgramme(flaky, platformDownOnce);

        flaky.wakeups.fireDue(flaky.clock.instant().plusSeconds(1));
        assertThat(flaky.conversations.opened).hasSize(3); // one of four failed and waits for its retry
        flaky.clock.advance(OpenGroupConversation.RETRY);
        flaky.wakeups.fireDue(flaky.clock.instant());
        flaky.clock.advance(OpenGroupConversation.RETRY);
        flaky.wakeups.fireDue(flaky.clock.instant());

        assertThat(flaky.groups.active(TestCore.WORKSPACE)).hasSize(4).allSatisfy(g -> assertThat(g.conversation()).isPresent());
        assertThat(flaky.outbox.messages()).filteredOn(m -> m.idempotencyKey().startsWith("regroup:welcome:")).hasSize(4);
        assertThat(feature).isNotNull();
    }

    @Test
    void a_retry_after_the_members_could_not_be_let_in_reuses_the_stored_conversation_and_welcomes_once() {
        TestCore flaky = TestCore.create();
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger(4);
        List<ConversationRef> storedWhenAdmitted = new java.util.ArrayList<>();
        GroupConversations inviteFailsFirst = new GroupConversations() {
            public ConversationRef create(Workspace w, String name, List<LeaderId> members) {
                return flaky.conversations.create(w, name, members);
            }
            public void admit(ConversationRef c, List<LeaderId> members) {
                // whoever is let in must be able to use the conversation at once: the group already knows it
                flaky.groups.byConversation(c).ifPresent(g -> storedWhenAdmitted.add(c));
                assertThat(flaky.outbox.to(c)).as("no welcome before the members are in").isEmpty();
                if (failures.getAndDecrement() > 0) throw new IllegalStateException("invite failed");
                flaky.conversations.admit(c, members);
            }
            public void archive(ConversationRef c) { flaky.conversations.archive(c); }
        };
        flakyProgramme(flaky, inviteFailsFirst);

        flaky.wakeups.fireDue(flaky.clock.instant().plusSeconds(1));
        assertThat(flaky.groups.active(TestCore.WORKSPACE)).allSatisfy(g -> assertThat(g.conversation()).isPresent());
        assertThat(flaky.outbox.messages()).isEmpty();
        flaky.clock.advance(OpenGroupConversation.RETRY);
        flaky.wakeups.fireDue(flaky.clock.instant());

        assertThat(flaky.conversations.created).hasSize(4); // the retries made no second conversation
        assertThat(flaky.conversations.opened).hasSize(4);
        assertThat(storedWhenAdmitted).hasSize(8);
        assertThat(flaky.outbox.messages()).filteredOn(m -> m.idempotencyKey().startsWith("regroup:welcome:")).hasSize(4);
    }

    @Test
    void a_group_whose_opening_wake_up_was_lost_is_opened_at_the_next_start() {
        TestCore lost = TestCore.create();
        RegroupFeature feature = flakyProgramme(lost, lost.conversations);
        lost.wakeups.cancelAll("group:"); // as if the process died between the apply's commit and its scheduling

        feature.resumeOpening();
        lost.wakeups.fireDue(lost.clock.instant());

        assertThat(lost.conversations.opened).hasSize(4);
        assertThat(lost.outbox.messages()).filteredOn(m -> m.idempotencyKey().startsWith("regroup:welcome:")).hasSize(4);
    }

    @Test
    void an_apply_that_rolls_back_leaves_no_wake_up_behind() {
        TestCore failing = TestCore.create();
        RegroupFeature feature = new RegroupFeature(failing.leaders, failing.groups, new InMemoryRegroupPreviews(),
                failing.outbox, failing.wakeups, failing.conversations, failing.transactions, failing.texts, failing.clock);
        t.leaders.inWorkspace(TestCore.WORKSPACE).forEach(failing.leaders::save);
        failing.build(b -> b.configuredAdmins("slack:T1:UADMIN")
                .handler(Command.Regroup.class, (c, cmd) -> {
                    Reply r = feature.handle(c, cmd);
                    if (cmd.phase() == Command.Regroup.Phase.APPLY) throw new IllegalStateException("the commit fails");
                    return r;
                }).wakeupHandler(feature.conversationOpener()));
        failing.commands().execute(failing.invocation(admin), "regroup");

        failing.commands().execute(failing.invocation(admin), "regroup apply");

        assertThat(failing.wakeups.scheduled()).isEmpty();
    }

    /** A programme of sixteen on its own test core, regrouped and applied, with the given platform. */
    private RegroupFeature flakyProgramme(TestCore core, GroupConversations platform) {
        RegroupFeature feature = new RegroupFeature(core.leaders, core.groups, new InMemoryRegroupPreviews(), core.outbox,
                core.wakeups, platform, core.transactions, core.texts, core.clock);
        core.build(b -> b.configuredAdmins("slack:T1:UADMIN").handler(Command.Regroup.class, feature::handle)
                .wakeupHandler(feature.conversationOpener()));
        t.leaders.inWorkspace(TestCore.WORKSPACE).forEach(core.leaders::save);
        core.commands().execute(core.invocation(admin), "regroup");
        core.commands().execute(core.invocation(admin), "regroup apply");
        return feature;
    }

    @Test
    void a_leader_who_is_not_an_admin_is_refused_and_nothing_is_stored() {
        Reply reply = run(TestCore.leaderId("U5"), "regroup");

        assertThat(message(reply).plainText()).isNotBlank();
        assertThat(previews.find(TestCore.WORKSPACE)).isEmpty();
    }

    @Test
    void the_handler_itself_refuses_a_caller_without_admin_rights() {
        RegroupFeature feature = new RegroupFeature(t.leaders, t.groups, previews, t.outbox, t.wakeups, t.conversations,
                t.transactions, t.texts, t.clock);
        se.largrupp.core.commands.CommandContext notAdmin = new se.largrupp.core.commands.CommandContext(
                t.invocation(TestCore.leaderId("U5")), Language.EN, Optional.empty(), false, Optional.empty(),
                t.clock.instant(), t.texts);
        assertThat(message(feature.handle(notAdmin, new Command.Regroup(Command.Regroup.Phase.PREVIEW))).plainText())
                .isEqualTo("Only the programme's admins can regroup.");
    }

    @Test
    void apply_without_a_preview_and_cancel_are_answered_and_change_nothing() {
        assertThat(message(run(admin, "regroup apply")).plainText()).contains("inget förslag att verkställa");
        run(admin, "regroup");
        assertThat(message(run(admin, "regroup cancel")).plainText()).contains("Förslaget är struket");
        assertThat(message(run(admin, "regroup apply")).plainText()).contains("inget förslag");
        assertThat(t.groups.all()).isEmpty();
    }

    @Test
    void a_preview_made_before_another_regrouping_is_stale() {
        run(admin, "regroup");
        t.groupOf("2027v1-01", "U4", "U5", "U6");

        assertThat(message(run(admin, "regroup apply")).plainText()).contains("ändrats sedan förslaget");
        assertThat(t.conversations.opened).isEmpty();
    }

    @Test
    void an_impossible_pool_is_refused_naming_the_leaders_in_the_callers_language() {
        for (int i = 5; i < 16; i++) t.leaders.save(t.leaders.find(TestCore.leaderId("U" + i)).orElseThrow().withStatus(new LeaderStatus.Left()));
        // Five take part: U0–U4.
        Reply reply = t.commands().execute(t.invocation(admin, Language.EN), "regroup");

        assertThat(message(reply).plainText()).contains("Exactly five leaders take part", "Åsa Öberg", "Chef 1");
        assertThat(previews.find(TestCore.WORKSPACE)).isEmpty();
    }

    @Test
    void paused_leaders_are_left_out() {
        t.leaders.save(t.leaders.find(TestCore.leaderId("U9")).orElseThrow().withStatus(new LeaderStatus.Paused(Optional.empty())));
        run(admin, "regroup");

        assertThat(previews.find(TestCore.WORKSPACE).orElseThrow().groups()).flatMap(g -> g)
                .hasSize(15).doesNotContain(TestCore.leaderId("U9"));
    }

    private void assertNoManagerTogether(List<LearningGroup> formed) {
        for (LearningGroup g : formed)
            for (LeaderId m : g.members()) {
                Optional<LeaderId> boss = t.leaders.find(m).orElseThrow().manager();
                assertThat(boss.filter(g.members()::contains)).as(m + " with their manager").isEmpty();
                Optional<LeaderId> bossBoss = boss.flatMap(b -> t.leaders.find(b)).flatMap(Leader::manager);
                assertThat(bossBoss.filter(g.members()::contains)).as(m + " with their manager's manager").isEmpty();
            }
    }
}
