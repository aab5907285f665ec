package se.largrupp.slack.blocks;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.StaticSelectElement;
import java.util.ArrayList;
import java.util.List;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;

/**
 * Renders a platform-neutral {@link Message} as Block Kit. Buttons and choices carry the core's canonical command in
 * their {@code value} and a tagged action id ({@link ActionIds}), so one action listener handles them all. Limits are
 * Slack's (header 150, section 3000, field 2000, 10 fields, 25 elements, option 75/150); longer text is cut rather
 * than refused by Slack.
 */
public final class BlockKit {
    private BlockKit() {}

    private static final Texts TEXTS = new Texts();

    /** Slack refuses a message of more than 50 blocks ({@code invalid_blocks}), which would park it for good. */
    static final int MAX_BLOCKS = 50;

    public static List<LayoutBlock> render(Message message) {
        List<LayoutBlock> out = new ArrayList<>();
        for (Block block : message.blocks()) out.addAll(render(block));
        return out.size() > MAX_BLOCKS ? List.copyOf(out.subList(0, MAX_BLOCKS)) : out;
    }

    /** The notification and fallback text of a message: plain, escaped. */
    public static String fallbackText(Message message) {
        return Mrkdwn.cap(Mrkdwn.escape(message.plainText()), 3000);
    }

    static List<LayoutBlock> render(Block block) {
        if (block instanceof Block.Heading h) {
            return List.of(HeaderBlock.builder().text(plain(Mrkdwn.cap(h.text(), 150))).build());
        }
        if (block instanceof Block.Text t) {
            return List.of(section(t.text()));
        }
        if (block instanceof Block.Fields f) {
            List<LayoutBlock> out = new ArrayList<>();
            List<TextObject> fields = new ArrayList<>();
            for (Message.Field field : f.fields()) {
                fields.add(mrkdwn(Mrkdwn.cap("*" + Mrkdwn.escape(field.label()) + "*\n" + Mrkdwn.escape(field.value()), 2000)));
                if (fields.size() == 10) {
                    out.add(SectionBlock.builder().fields(fields).build());
                    fields = new ArrayList<>();
                }
            }
            if (!fields.isEmpty()) out.add(SectionBlock.builder().fields(fields).build());
            return out;
        }
        if (block instanceof Block.Bullets b) {
            if (b.items().isEmpty()) return List.of();
            StringBuilder s = new StringBuilder();
            for (String item : b.items()) s.append(s.length() == 0 ? "" : "\n").append("• ").append(item);
            return List.of(section(s.toString()));
        }
        if (block instanceof Block.Context c) {
            return List.of(ContextBlock.builder().elements(List.of(mrkdwn(Mrkdwn.cap(Mrkdwn.escape(c.text()), 3000)))).build());
        }
        if (block instanceof Block.Actions a) {
            if (a.buttons().isEmpty()) return List.of();
            List<BlockElement> buttons = new ArrayList<>();
            for (Message.Button button : a.buttons()) buttons.add(button(button));
            return List.of(ActionsBlock.builder().elements(buttons.subList(0, Math.min(25, buttons.size()))).build());
        }
        if (block instanceof Block.Choices c) {
            List<OptionObject> options = new ArrayList<>();
            for (Message.Choice choice : c.options()) {
                options.add(OptionObject.builder().text(plain(Mrkdwn.cap(choice.label(), 75))).value(choice.command()).build());
            }
            StaticSelectElement select = StaticSelectElement.builder()
                    .actionId(ActionIds.tag(c.actionId()))
                    .placeholder(plain(Mrkdwn.cap(c.placeholder(), 150)))
                    .options(options.subList(0, Math.min(100, options.size())))
                    .build();
            return List.of(ActionsBlock.builder().elements(List.of(select)).build());
        }
        if (block instanceof Block.Form f && !Block.Form.JOIN.equals(f.name())) {
            // Slack edits the settings in its own modal, opened from App Home.
            return List.of();
        }
        if (block instanceof Block.Form f) {
            // A message cannot hold Slack's modal; its button's press brings the trigger that opens it (command "join").
            return List.of(ActionsBlock.builder().elements(List.of(button(new Message.Button("open_join_form",
                    TEXTS.get(f.language(), "slack.join.open"), Block.Form.JOIN, Message.Style.PRIMARY)))).build());
        }
        if (block instanceof Block.Link l) {
            // A link in text, not a url button: a url button still sends an interaction that would need its own listener.
            return List.of(SectionBlock.builder().text(mrkdwn("<" + l.url().replace("|", "%7C").replace(">", "%3E") + "|"
                    + Mrkdwn.cap(Mrkdwn.escape(l.label()), 200) + ">")).build());
        }
        if (block instanceof Block.Attachment) {
            return List.of(); // uploaded as a file into the direct message (SlackFiles), not shown in the message
        }
        throw new IllegalArgumentException("unknown block " + block);
    }

    static ButtonElement button(Message.Button button) {
        return ButtonElement.builder()
                .actionId(ActionIds.tag(button.actionId()))
                .text(plain(Mrkdwn.cap(button.label(), 75)))
                .value(button.command())
                .style(switch (button.style()) {
                    case PRIMARY -> "primary";
                    case DANGER -> "danger";
                    case DEFAULT -> null;
                })
                .build();
    }

    static SectionBlock section(String text) {
        return SectionBlock.builder().text(mrkdwn(Mrkdwn.cap(Mrkdwn.escape(text), 3000))).build();
    }

    public static PlainTextObject plain(String text) {
        // plain_text is not mrkdwn: Slack shows it literally, so it needs no escaping.
        return PlainTextObject.builder().text(text).emoji(true).build();
    }

    static MarkdownTextObject mrkdwn(String text) {
        return MarkdownTextObject.builder().text(text).build();
    }
}
