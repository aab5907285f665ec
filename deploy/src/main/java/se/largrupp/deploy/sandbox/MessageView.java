package se.largrupp.deploy.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.largrupp.core.port.Message;

/** A {@link Message} as plain maps for the page's JSON: one entry per block, with a {@code type} the page switches on. */
final class MessageView {
    private MessageView() {}

    static List<Map<String, Object>> of(Message message) {
        return message.blocks().stream().map(MessageView::block).toList();
    }

    private static Map<String, Object> block(Message.Block block) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (block instanceof Message.Block.Heading h) {
            m.put("type", "heading");
            m.put("text", h.text());
        } else if (block instanceof Message.Block.Text t) {
            m.put("type", "text");
            m.put("text", t.text());
        } else if (block instanceof Message.Block.Context c) {
            m.put("type", "context");
            m.put("text", c.text());
        } else if (block instanceof Message.Block.Fields f) {
            m.put("type", "fields");
            m.put("fields", f.fields().stream().map(x -> Map.of("label", x.label(), "value", x.value())).toList());
        } else if (block instanceof Message.Block.Bullets b) {
            m.put("type", "bullets");
            m.put("items", b.items());
        } else if (block instanceof Message.Block.Actions a) {
            m.put("type", "actions");
            m.put("buttons", a.buttons().stream().map(x -> Map.of("actionId", x.actionId(), "label", x.label(),
                    "command", x.command(), "style", x.style().name().toLowerCase())).toList());
        } else if (block instanceof Message.Block.Choices c) {
            m.put("type", "choices");
            m.put("actionId", c.actionId());
            m.put("placeholder", c.placeholder());
            m.put("options", c.options().stream().map(x -> Map.of("label", x.label(), "command", x.command())).toList());
        } else if (block instanceof Message.Block.Form f) {
            // The page opens its own dialog for the form; the button runs the command that asks for it.
            m.put("type", "form");
            m.put("name", f.name());
            m.put("command", f.name());
        } else if (block instanceof Message.Block.Link l) {
            m.put("type", "link");
            m.put("label", l.label());
            m.put("url", l.url());
        } else if (block instanceof Message.Block.Attachment a) {
            // The page offers it as a download (a data: URL of the text).
            m.put("type", "attachment");
            m.put("fileName", a.fileName());
            m.put("mediaType", a.mediaType());
            m.put("content", a.content());
        } else {
            throw new IllegalArgumentException("unknown block " + block);
        }
        return m;
    }
}
