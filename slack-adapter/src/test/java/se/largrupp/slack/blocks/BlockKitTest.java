package se.largrupp.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;

class BlockKitTest {
    static LayoutBlock only(Block block) {
        List<LayoutBlock> out = BlockKit.render(Message.of(block));
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    @Test
    void a_heading_is_a_plain_text_header() {
        HeaderBlock h = (HeaderBlock) only(new Block.Heading("Lärgrupp <1> & vänner"));

        assertThat(h.getText().getType()).isEqualTo("plain_text");
        assertThat(h.getText().getText()).isEqualTo("Lärgrupp <1> & vänner");
    }

    @Test
    void text_is_mrkdwn_with_bold_kept_and_control_characters_escaped() {
        SectionBlock s = (SectionBlock) only(new Block.Text("*Åsa* tar R&D <Nord> > Syd"));

        assertThat(s.getText()).isInstanceOf(MarkdownTextObject.class);
        assertThat(s.getText().getText()).isEqualTo("*Åsa* tar R&amp;D &lt;Nord&gt; &gt; Syd");
    }

    @Test
    void user_text_that_imitates_a_link_can_never_become_a_disguised_slack_link_or_mention() {
        String department = "[Verify your account](https://evil.example/login) <https://evil.example|Payroll> <!channel> <@U1>";
        SectionBlock s = (SectionBlock) only(new Block.Text("Avdelning: " + department));
        Message.Field f = new Message.Field("Avdelning", department);
        String field = ((SectionBlock) only(new Block.Fields(List.of(f)))).getFields().get(0).getText();

        for (String mrkdwn : List.of(s.getText().getText(), field)) {
            // Slack's mrkdwn links and mentions all need a raw '<'; markdown's [text](url) is no link in Slack at all
            assertThat(mrkdwn).doesNotContain("<").contains("&lt;https://evil.example|Payroll&gt;", "&lt;!channel&gt;");
        }
    }

    @Test
    void fields_become_section_fields_with_bold_labels_ten_per_section() {
        List<Message.Field> fields = IntStream.rangeClosed(1, 12).mapToObj(i -> new Message.Field("Nästa <" + i + ">", "Tis 12:00 & fika")).toList();

        List<LayoutBlock> out = BlockKit.render(Message.of(new Block.Fields(fields)));

        assertThat(out).hasSize(2);
        SectionBlock first = (SectionBlock) out.get(0);
        assertThat(first.getFields()).hasSize(10);
        assertThat(first.getFields().get(0).getText()).isEqualTo("*Nästa &lt;1&gt;*\nTis 12:00 &amp; fika");
        assertThat(((SectionBlock) out.get(1)).getFields()).hasSize(2);
    }

    @Test
    void bullets_are_one_mrkdwn_list() {
        SectionBlock s = (SectionBlock) only(new Block.Bullets(List.of("Frågor först", "Råd sen & kort")));

        assertThat(s.getText().getText()).isEqualTo("• Frågor först\n• Råd sen &amp; kort");
    }

    @Test
    void context_is_small_print() {
        ContextBlock c = (ContextBlock) only(new Block.Context("Det som sägs <stannar> i gruppen"));

        assertThat(((MarkdownTextObject) c.getElements().get(0)).getText()).isEqualTo("Det som sägs &lt;stannar&gt; i gruppen");
    }

    @Test
    void buttons_carry_their_command_as_value_with_style_and_a_tagged_action_id() {
        ActionsBlock a = (ActionsBlock) only(new Block.Actions(List.of(
                new Message.Button("round_next", "Nästa", "next", Message.Style.PRIMARY),
                Message.Button.of("round_extend", "+5 min", "extend 5"),
                new Message.Button("round_stop", "Stopp", "stop", Message.Style.DANGER))));

        List<ButtonElement> buttons = a.getElements().stream().map(ButtonElement.class::cast).toList();
        assertThat(buttons).extracting(ButtonElement::getActionId).containsExactly(
                "largrupp:round_next", "largrupp:round_extend", "largrupp:round_stop");
        assertThat(buttons).extracting(ButtonElement::getValue).containsExactly("next", "extend 5", "stop");
        assertThat(buttons).extracting(ButtonElement::getStyle).containsExactly("primary", null, "danger");
        assertThat(buttons.get(1).getText().getText()).isEqualTo("+5 min");
    }

    @Test
    void choices_are_a_static_select_whose_option_values_are_commands() {
        ActionsBlock a = (ActionsBlock) only(new Block.Choices("pick_language", "Välj språk",
                List.of(new Message.Choice("Svenska", "language sv"), new Message.Choice("English", "language en"))));

        StaticSelectElement select = (StaticSelectElement) a.getElements().get(0);
        assertThat(select.getActionId()).isEqualTo("largrupp:pick_language");
        assertThat(select.getPlaceholder().getText()).isEqualTo("Välj språk");
        assertThat(select.getOptions()).extracting(o -> o.getValue()).containsExactly("language sv", "language en");
        assertThat(select.getOptions()).extracting(o -> o.getText().getText()).containsExactly("Svenska", "English");
    }

    @Test
    void empty_lists_render_nothing_rather_than_blocks_slack_refuses() {
        assertThat(BlockKit.render(Message.of(new Block.Text("x"), new Block.Bullets(List.of()), new Block.Actions(List.of())))).hasSize(1);
    }

    @Test
    void a_whole_message_renders_in_order_as_json_slack_accepts() {
        Message m = Message.of(new Block.Heading("Runda"), new Block.Text("Nu: *Åsa*"), new Block.Context("15 min"),
                new Block.Actions(List.of(Message.Button.of("n", "Nästa", "next"))));

        String json = GsonFactory.createSnakeCase().toJson(BlockKit.render(m));

        assertThat(json).startsWith("[{\"type\":\"header\"").contains("{\"type\":\"section\"").contains("{\"type\":\"context\"")
                .contains("{\"type\":\"actions\"");
        assertThat(BlockKit.fallbackText(m)).isEqualTo("Runda\nNu: *Åsa*\n15 min");
    }

    @Test
    void overlong_text_is_cut_to_slacks_limits() {
        HeaderBlock h = (HeaderBlock) only(new Block.Heading("x".repeat(400)));
        SectionBlock s = (SectionBlock) only(new Block.Text("y".repeat(5000)));

        assertThat(h.getText().getText()).hasSize(150).endsWith("…");
        assertThat(s.getText().getText()).hasSize(3000);
    }

    @Test
    void a_message_is_cut_to_fifty_blocks_rather_than_refused() {
        Block[] many = IntStream.range(0, 60).mapToObj(i -> (Block) new Block.Text("rad " + i)).toArray(Block[]::new);

        assertThat(BlockKit.render(Message.of(many))).hasSize(50);
    }

    @Test
    void the_join_form_is_a_button_that_runs_join_and_so_opens_the_modal() {
        ActionsBlock a = (ActionsBlock) only(Block.Form.join(se.largrupp.core.leaders.Language.SV));

        ButtonElement b = (ButtonElement) a.getElements().get(0);
        assertThat(b.getValue()).isEqualTo("join");
        assertThat(b.getText().getText()).isEqualTo("Fyll i anmälan");
        assertThat(b.getStyle()).isEqualTo("primary");
    }
}
