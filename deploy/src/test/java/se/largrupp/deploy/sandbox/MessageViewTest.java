package se.largrupp.deploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.port.Message;

class MessageViewTest {
    @Test
    void the_platforms_join_form_is_a_block_whose_button_runs_join_so_the_page_opens_its_dialog() {
        var view = MessageView.of(Message.of(new Message.Block.Text("Hej"), Message.Block.Form.join(Language.SV)));

        assertThat(view).hasSize(2);
        assertThat(view.get(1)).containsEntry("type", "form").containsEntry("name", "join").containsEntry("command", "join");
    }
}
