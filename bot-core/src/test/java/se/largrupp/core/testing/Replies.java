package se.largrupp.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import se.largrupp.core.commands.Reply;
import se.largrupp.core.port.Message;

/** Reading replies in tests. */
public final class Replies {
    private Replies() {}

    public static Message message(Reply reply) {
        assertThat(reply).isInstanceOf(Reply.Show.class);
        return ((Reply.Show) reply).message();
    }

    public static String text(Reply reply) {
        return message(reply).plainText();
    }

    public static Reply.Visibility visibility(Reply reply) {
        assertThat(reply).isInstanceOf(Reply.Show.class);
        return ((Reply.Show) reply).visibility();
    }
}
