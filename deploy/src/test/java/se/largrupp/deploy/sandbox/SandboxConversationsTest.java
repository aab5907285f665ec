package se.largrupp.deploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.Delivery;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.OutgoingMessage;

class SandboxConversationsTest {
    final SandboxConversations chat = new SandboxConversations(new SandboxEvents(), Clock.systemUTC());

    {
        DemoOrganisation.load().personIds().forEach(chat::addPerson);
    }

    private ConversationRef open(String name, List<se.largrupp.core.leaders.LeaderId> members) {
        ConversationRef ref = chat.create(DemoOrganisation.WORKSPACE, name, members);
        chat.admit(ref, members);
        return ref;
    }

    @Test
    void a_new_group_conversation_is_seen_by_nobody_until_its_members_are_admitted() {
        List<se.largrupp.core.leaders.LeaderId> members = List.of(DemoOrganisation.leaderId("anders"));
        ConversationRef ref = chat.create(DemoOrganisation.WORKSPACE, "largrupp-1-02", members);
        assertThat(chat.of("anders")).extracting(SandboxConversations.Conversation::ref)
                .containsExactly(SandboxConversations.direct("anders"));

        chat.admit(ref, members);

        assertThat(chat.of("anders")).extracting(SandboxConversations.Conversation::ref)
                .containsExactly(SandboxConversations.direct("anders"), ref);
    }

    @Test
    void a_group_conversation_is_seen_by_its_members_only() {
        ConversationRef ref = open("largrupp-1-01",
                List.of(DemoOrganisation.leaderId("anders"), DemoOrganisation.leaderId("emma")));

        assertThat(ref.value()).isEqualTo("sandbox:demo:largrupp-1-01");
        assertThat(chat.of("anders")).extracting(SandboxConversations.Conversation::ref)
                .containsExactly(SandboxConversations.direct("anders"), ref);
        assertThat(chat.of("nora")).extracting(SandboxConversations.Conversation::ref)
                .containsExactly(SandboxConversations.direct("nora"));
    }

    @Test
    void a_message_with_an_earlier_id_is_edited_in_place() {
        ConversationRef ref = open("g", List.of(DemoOrganisation.leaderId("anders")));
        Delivery first = chat.deliver(OutgoingMessage.post("k1", ref, Message.text("Anders has the floor")), Optional.empty());
        chat.deliver(OutgoingMessage.post("k2", ref, Message.text("other")), Optional.empty());
        String id = ((Delivery.Delivered) first).platformMessageId();

        Delivery second = chat.deliver(OutgoingMessage.post("k3", ref, Message.text("Emma has the floor")), Optional.of(id));

        assertThat(second).isEqualTo(new Delivery.Delivered(id));
        assertThat(chat.messages(ref, "anders")).extracting(p -> p.message().plainText())
                .containsExactly("Emma has the floor", "other");
    }

    @Test
    void a_private_message_is_shown_only_to_its_reader() {
        ConversationRef ref = open("g", List.of(DemoOrganisation.leaderId("anders"), DemoOrganisation.leaderId("emma")));
        chat.deliver(new OutgoingMessage("k", ref, Message.text("for Emma"), Optional.empty(),
                Optional.of(DemoOrganisation.leaderId("emma"))), Optional.empty());

        assertThat(chat.messages(ref, "emma")).hasSize(1);
        assertThat(chat.messages(ref, "anders")).isEmpty();
    }

    @Test
    void the_demo_organisation_has_about_a_dozen_leaders_in_four_departments_and_an_admin() {
        DemoOrganisation org = DemoOrganisation.load();
        List<Person> leaders = org.people().stream().filter(p -> !p.admin() && p.manager().isPresent()).toList();
        assertThat(leaders).hasSizeBetween(10, 14);
        assertThat(leaders.stream().map(Person::department).distinct()).hasSize(4);
        assertThat(org.adminKeys()).containsExactly("sandbox:demo:helena");
        assertThat(org.people()).allSatisfy(p -> p.manager().ifPresent(m -> assertThat(org.person(m)).isPresent()));
    }

    @Test
    void a_private_message_to_a_person_lands_in_their_direct_conversation() {
        chat.deliver(new OutgoingMessage("k", SandboxConversations.direct("helena"), Message.text("quorum lost"),
                Optional.empty(), Optional.of(DemoOrganisation.leaderId("helena"))), Optional.empty());
        assertThat(chat.of("helena").get(0).direct()).isTrue();
        assertThat(chat.messages(SandboxConversations.direct("helena"), "helena")).hasSize(1);
        assertThat(SandboxConversations.direct("helena").value()).isEqualTo("sandbox:demo:helena");
    }
}
