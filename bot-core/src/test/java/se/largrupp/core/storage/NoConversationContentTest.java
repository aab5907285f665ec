package se.largrupp.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/**
 * What is said in a group is never stored: no table of any migration may have a column meant for it.
 * (The outbox's {@code payload} is the bot's own outgoing message, which the bot writes itself.)
 */
class NoConversationContentTest {
    private static final Pattern CONTENT = Pattern.compile(
            "(^|_)(content|body|transcript|notes?|comments?|said|situation|challenge|text)(_|$)",
            Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void no_column_of_any_table_is_meant_for_what_was_said(TestDatabase db) {
        String sql = db.isPostgres()
                ? "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                : "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = SCHEMA()";
        List<String> columns = db.jdbc().query(sql, r -> (r.getString(1) + "." + r.getString(2)).toLowerCase(Locale.ROOT));

        assertThat(columns).contains("leaders.display_name", "rsvps.answer");
        assertThat(CONTENT.matcher("meeting_notes").find()).as("the guard itself").isTrue();
        assertThat(columns).filteredOn(c -> CONTENT.matcher(c.substring(c.indexOf('.') + 1)).find()).isEmpty();
    }
}
