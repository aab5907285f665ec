package se.largrupp.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;

class MessageJsonTest {
    @Test
    void every_kind_of_block_reads_back_as_it_was_written() {
        Message message = Message.of(
                new Block.Heading("Lärgrupp imorgon"),
                new Block.Text("Ta med en *aktuell* situation – \"citat\" och å, ä, ö"),
                new Block.Fields(List.of(new Message.Field("Tid", "tis 12:00"))),
                new Block.Bullets(List.of("Anna", "Bo")),
                new Block.Context("small print"),
                new Block.Actions(List.of(Message.Button.of("rsvp-yes", "Jag kommer", "rsvp yes"),
                        new Message.Button("rsvp-no", "Kan inte", "rsvp no", Message.Style.DANGER))),
                new Block.Choices("pick", "Välj", List.of(new Message.Choice("15 min", "start 15"))),
                Block.Form.join(se.largrupp.core.leaders.Language.EN));

        assertThat(MessageJson.read(MessageJson.write(message))).isEqualTo(message);
    }

    @Test
    void the_language_a_message_is_written_in_is_kept_beside_it_and_rows_without_one_read_as_before() {
        String json = MessageJson.write(Message.text("Time is up"), java.util.Optional.of(se.largrupp.core.leaders.Language.EN));

        assertThat(MessageJson.read(json)).isEqualTo(Message.text("Time is up"));
        assertThat(MessageJson.language(json)).contains(se.largrupp.core.leaders.Language.EN);
        assertThat(MessageJson.language(MessageJson.write(Message.text("hej")))).isEmpty();
    }

    @Test
    void a_stored_message_with_a_field_this_version_does_not_know_still_reads() {
        String json = "{\"blocks\":[{\"type\":\"text\",\"text\":\"hej\",\"emphasis\":true}],\"version\":2}";

        assertThat(MessageJson.read(json)).isEqualTo(Message.text("hej"));
    }
}
