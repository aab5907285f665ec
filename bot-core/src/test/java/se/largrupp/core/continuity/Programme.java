package se.largrupp.core.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.commands.Command;
import se.largrupp.core.commands.Reply;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;
import se.largrupp.core.regrouping.InMemoryRegroupPreviews;
import se.largrupp.core.regrouping.RegroupFeature;
import se.largrupp.core.regrouping.RegroupOptions;
import se.largrupp.core.testing.TestCore;

/**
 * A programme on the test core with regrouping and continuity installed: leaders in departments with managers, an
 * admin (UADMIN, not a leader), commands as typed, and the clock and wake-ups driven by hand.
 */
final class Programme {
    final TestCore t = TestCore.create();
    final ContinuityOptions options;
    static final LeaderId ADMIN = TestCore.leaderId("UADMIN");

    Programme(PlacementMode mode) {
        this(mode, MeetingSettings.defaults());
    }

    Programme(PlacementMode mode, MeetingSettings meetings) {
        options = new ContinuityOptions(InMemoryContinuity.store(), mode, ContinuityOptions.DEFAULT_SETTLE,
                RegroupOptions.defaults(), meetings);
        RegroupFeature regroup = new RegroupFeature(t.leaders, t.groups, new InMemoryRegroupPreviews(), t.outbox, t.wakeups,
                t.conversations, t.transactions, t.texts, t.clock, RegroupOptions.defaults(), false, options.continuation(t.groups));
        t.build(b -> b.configuredAdmins("slack:T1:UADMIN").handler(Command.Regroup.class, regroup::handle)
                .wakeupHandler(regroup.conversationOpener()).personalData(regroup.personalData()).continuity(options));
    }

    static LeaderId id(String user) {
        return TestCore.leaderId(user);
    }

    /** Stores a leader as if they had joined (no wake-up: the programme's start). */
    Leader leader(String user, String name, String department, String manager) {
        Leader l = Leader.joining(id(user), user, t.clock.instant())
                .withProfile(name, Optional.ofNullable(department), Optional.ofNullable(manager).map(TestCore::leaderId));
        t.leaders.save(l);
        return l;
    }

    Reply run(String user, String text) {
        return t.commands().execute(t.invocation(id(user)), text);
    }

    Reply run(String user, String text, ConversationRef where) {
        return t.commands().execute(t.invocation(id(user), where), text);
    }

    /** Joins through the command, with the name the platform gives. */
    void join(String user, String name, String arguments) {
        var i = t.invocation(id(user));
        t.commands().execute(new se.largrupp.core.commands.Invocation(i.actor(), name, i.platformLanguage(), i.conversation(),
                i.deliveryId()), "join " + arguments);
    }

    static String text(Reply reply) {
        assertThat(reply).isInstanceOf(Reply.Show.class);
        return ((Reply.Show) reply).message().plainText();
    }

    /** The admin previews and applies a regrouping; the conversations open on their wake-ups. */
    List<LearningGroup> regroup() {
        assertThat(text(run("UADMIN", "regroup"))).contains("Förslag");
        run("UADMIN", "regroup apply");
        t.wakeups.fireDue(t.clock.instant().plusSeconds(1));
        return t.groups.active(TestCore.WORKSPACE);
    }

    /** Lets the settling time pass and fires what is due. */
    void settle() {
        t.clock.advance(ContinuityOptions.DEFAULT_SETTLE.plus(Duration.ofSeconds(1)));
        t.wakeups.fireDue(t.clock.instant());
    }

    Optional<LearningGroup> groupOf(String user) {
        return t.groups.activeGroupOf(id(user));
    }

    /** Private messages to a leader, oldest first. */
    List<OutgoingMessage> dms(String user) {
        return t.outbox.messages().stream().filter(m -> m.onlyFor().filter(id(user)::equals).isPresent())
                .filter(m -> m.conversation().equals(ConversationRef.direct(id(user)))).toList();
    }

    List<String> dmTexts(String user) {
        return dms(user).stream().map(m -> m.message().plainText()).toList();
    }

    List<String> inGroup(LearningGroup g) {
        return t.outbox.to(g.conversation().orElseThrow()).stream().map(m -> m.message().plainText()).toList();
    }

    /** The commands of the buttons of a message. */
    static List<String> buttons(OutgoingMessage m) {
        return m.message().blocks().stream().filter(b -> b instanceof Message.Block.Actions)
                .flatMap(b -> ((Message.Block.Actions) b).buttons().stream()).map(Message.Button::command).toList();
    }

    static List<String> labels(OutgoingMessage m) {
        return m.message().blocks().stream().filter(b -> b instanceof Message.Block.Actions)
                .flatMap(b -> ((Message.Block.Actions) b).buttons().stream()).map(Message.Button::label).toList();
    }
}
