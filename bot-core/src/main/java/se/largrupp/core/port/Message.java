package se.largrupp.core.port;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import se.largrupp.core.leaders.Language;

/**
 * A platform-neutral message: blocks of already localised text and buttons. Adapters render it
 * (Block Kit, Adaptive Card, HTML).
 */
public record Message(List<Block> blocks) {
    public Message {
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty()) throw new IllegalArgumentException("a message needs a block");
    }

    public static Message of(Block... blocks) {
        return new Message(List.of(blocks));
    }

    public static Message text(String text) {
        return of(new Block.Text(text));
    }

    /** A plain-text rendering: notification previews, logs of tests, platforms without rich text. */
    public String plainText() {
        return blocks.stream().map(Block::plainText).filter(s -> !s.isEmpty()).collect(Collectors.joining("\n"));
    }

    public sealed interface Block {
        String plainText();

        record Heading(String text) implements Block {
            public Heading { Objects.requireNonNull(text); }
            public String plainText() { return text; }
        }

        /** A paragraph. {@code *bold*} is the only markup; adapters translate it. */
        record Text(String text) implements Block {
            public Text { Objects.requireNonNull(text); }
            public String plainText() { return text; }
        }

        /** Label/value pairs, such as "Next meeting: Tue 12:00". */
        record Fields(List<Field> fields) implements Block {
            public Fields { fields = List.copyOf(fields); }
            public String plainText() {
                return fields.stream().map(f -> f.label() + ": " + f.value()).collect(Collectors.joining("\n"));
            }
        }

        /** A bulleted list. */
        record Bullets(List<String> items) implements Block {
            public Bullets { items = List.copyOf(items); }
            public String plainText() {
                return items.stream().map(i -> "• " + i).collect(Collectors.joining("\n"));
            }
        }

        /** Small print under a message. */
        record Context(String text) implements Block {
            public Context { Objects.requireNonNull(text); }
            public String plainText() { return text; }
        }

        record Actions(List<Button> buttons) implements Block {
            public Actions { buttons = List.copyOf(buttons); }
            public String plainText() { return ""; }
        }

        /** A pick-one choice; choosing sends {@code Choice.command} of the chosen option. */
        record Choices(String actionId, String placeholder, List<Choice> options) implements Block {
            public Choices { options = List.copyOf(options); }
            public String plainText() { return ""; }
        }

        /** A button or link that opens {@code url} in the browser (or the app that handles it), runs no command. */
        record Link(String label, String url) implements Block {
            public Link {
                Objects.requireNonNull(label, "label");
                Objects.requireNonNull(url, "url");
            }
            public String plainText() { return label + ": " + url; }
        }

        /**
         * A small text file for the reader, such as the group's .ics. Where the platform can, the adapter sends it as a
         * file (Slack: an upload into the direct message; the sandbox: a download); elsewhere it shows nothing of it.
         */
        record Attachment(String fileName, String mediaType, String content) implements Block {
            public Attachment {
                Objects.requireNonNull(fileName, "fileName");
                Objects.requireNonNull(mediaType, "mediaType");
                Objects.requireNonNull(content, "content");
            }
            public String plainText() { return ""; }
        }

        /**
         * The platform's own form {@code name} ({@link #JOIN}: department, manager, language; {@link #SETTINGS}: the
         * programme's settings, for a platform without another way to edit them), in {@code language}. Each adapter
         * renders it its way: a card with inputs, a button that opens a modal, or nothing where it has its own.
         */
        record Form(String name, Language language) implements Block {
            public static final String JOIN = "join";
            public static final String SETTINGS = "settings";

            public Form {
                Objects.requireNonNull(name, "name");
                Objects.requireNonNull(language, "language");
            }

            public static Form join(Language language) {
                return new Form(JOIN, language);
            }

            public String plainText() { return ""; }
        }
    }

    public record Field(String label, String value) {}

    /**
     * A button. Pressing it runs {@code command} (a canonical command text such as {@code "rsvp yes"}) for
     * the presser in the conversation the message lives in, so every adapter handles buttons the same way.
     */
    public record Button(String actionId, String label, String command, Style style) {
        public Button {
            Objects.requireNonNull(actionId);
            Objects.requireNonNull(label);
            Objects.requireNonNull(command);
            Objects.requireNonNull(style);
        }

        public static Button of(String actionId, String label, String command) {
            return new Button(actionId, label, command, Style.DEFAULT);
        }
    }

    public record Choice(String label, String command) {}

    public enum Style { DEFAULT, PRIMARY, DANGER }
}
