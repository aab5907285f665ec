package se.largrupp.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.slack.support.FakeCore;
import se.largrupp.slack.support.SlackHarness;
import se.largrupp.slack.support.SlackStandIn;

class SlackGroupConversationsTest {
    SlackHarness h;
    Workspace acme = new Workspace(Platform.SLACK, "T1");
    List<LeaderId> members = List.of(LeaderId.of(Platform.SLACK, "T1", "U1"), LeaderId.of(Platform.SLACK, "T1", "U2"),
            LeaderId.of(Platform.SLACK, "T1", "U3"));

    @BeforeEach
    void start() throws Exception {
        h = new SlackHarness(new FakeCore());
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    private ConversationRef open(String name) {
        ConversationRef ref = h.adapter.groupConversations().create(acme, name, members);
        h.adapter.groupConversations().admit(ref, members);
        return ref;
    }

    @Test
    void a_group_gets_a_private_channel_with_its_members_invited() {
        ConversationRef ref = open("largrupp-2027v1-03");

        List<SlackStandIn.Call> calls = h.slack.calls();
        assertThat(SlackStandIn.methods(calls)).containsExactly("conversations.create", "conversations.invite");
        assertThat(calls.get(0).param("name")).isEqualTo("largrupp-2027v1-03");
        assertThat(calls.get(0).param("is_private")).isEqualTo("1");
        String channel = ref.value().substring("slack:T1:".length());
        assertThat(calls.get(1).param("channel")).isEqualTo(channel);
        assertThat(calls.get(1).param("users")).isEqualTo("U1,U2,U3");
        assertThat(ref.value()).startsWith("slack:T1:G");
    }

    @Test
    void a_taken_name_gets_a_suffix() {
        h.slack.nameTaken("largrupp-2027v1-03");
        h.slack.nameTaken("largrupp-2027v1-03-2");

        open("largrupp-2027v1-03");

        assertThat(h.slack.calls("conversations.create")).extracting(c -> c.param("name"))
                .containsExactly("largrupp-2027v1-03", "largrupp-2027v1-03-2", "largrupp-2027v1-03-3");
    }

    @Test
    void creating_again_after_an_interrupted_attempt_finds_the_channel_the_first_attempt_made() {
        h.slack.nameTaken("largrupp-2027v1-05"); // someone else's channel: the bot's first try got the suffix
        ConversationRef first = h.adapter.groupConversations().create(acme, "largrupp-2027v1-05", members);

        ConversationRef again = h.adapter.groupConversations().create(acme, "largrupp-2027v1-05", members);

        assertThat(again).isEqualTo(first);
        assertThat(h.slack.calls("conversations.create")).extracting(c -> c.param("name"))
                .containsExactly("largrupp-2027v1-05", "largrupp-2027v1-05-2", "largrupp-2027v1-05", "largrupp-2027v1-05-2");
        assertThat(h.slack.calls("users.conversations")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.param("types")).isEqualTo("private_channel"));
        assertThat(h.slack.calls("conversations.invite")).as("nobody is let in before admit").isEmpty();
    }

    @Test
    void admitting_members_already_in_the_channel_is_fine() {
        ConversationRef ref = h.adapter.groupConversations().create(acme, "largrupp-2027v1-06", members);
        h.slack.failNext("conversations.invite", "already_in_channel");

        h.adapter.groupConversations().admit(ref, members);

        assertThat(h.slack.calls("conversations.invite")).hasSize(1);
    }

    @Test
    void a_rate_limited_create_is_waited_out_and_retried() {
        h.slack.rateLimitNext("conversations.create", 1);

        ConversationRef ref = open("Lärgrupp 2027v1 04");

        assertThat(h.slack.calls("conversations.create")).hasSize(2).extracting(c -> c.param("name"))
                .containsOnly("largrupp-2027v1-04");
        assertThat(ref).isNotNull();
    }

    @Test
    void a_refused_create_is_a_fault_the_regrouping_sees() {
        h.slack.failNext("conversations.create", "restricted_action");

        assertThatThrownBy(() -> h.adapter.groupConversations().create(acme, "largrupp-x", members))
                .hasMessageContaining("restricted_action");
    }

    @Test
    void archiving_archives_and_an_archived_channel_is_fine() {
        h.adapter.groupConversations().archive(new ConversationRef("slack:T1:G42"));
        h.slack.failNext("conversations.archive", "already_archived");
        h.adapter.groupConversations().archive(new ConversationRef("slack:T1:G42"));

        assertThat(h.slack.calls("conversations.archive")).extracting(c -> c.param("channel")).containsExactly("G42", "G42");
    }
}
