package se.largrupp.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.CommandParser;
import se.largrupp.core.commands.ParseResult;
import se.largrupp.core.commands.Vocabulary;
import se.largrupp.core.leaders.Language;

/**
 * Every command shown to a reader is in the reader's language.
 *
 * <p>How a command is recognised in a text: a span quoted in backticks ({@code `schema tisdag 12:00`}) or in bold
 * ({@code *gå med*}, the start of a help line) whose first word(s) are a command word of either language, as the
 * parser's {@link Vocabulary} knows them. Such a quoted command must be one the parser takes — it parses, or is
 * refused only because arguments were left out (a help line quotes the bare {@code *schema*}) — and every keyword in
 * it must belong to the bundle's language (names, numbers, dates and words both languages share, such as
 * {@code status} or {@code lunch}, belong to both). The syntax lines ({@code commands.usage.*}) are commands as a
 * whole and are held to the same rule word by word. Outside quotes, no text may use a command word that only the
 * other language has: that is how "Kör regroup först" would slip through unquoted.
 */
class CommandsInCopyTest {
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`|(?<![*\\p{L}])\\*([^*\\n]+)\\*(?![*\\p{L}])");
    private static final Pattern WORDS = Pattern.compile("[\\s\\[\\]|<>(),;—/]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");
    /** Refusals that mean "the command was understood, its arguments are missing". */
    private static final Set<String> ARGUMENTS_LEFT_OUT = Set.of("commands.refusal.missingWeekday", "commands.refusal.missingTime",
            "commands.refusal.missingAnswer", "commands.refusal.missingArgument", "commands.refusal.missingUser");
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 11);
    private final CommandParser parser = new CommandParser();

    @Test
    void every_quoted_command_parses_and_is_written_in_its_bundles_language() {
        List<String> wrong = new ArrayList<>();
        int[] seen = {0};
        Bundles.texts().forEach(t -> {
            Matcher m = QUOTED.matcher(t.pattern());
            while (m.find()) {
                String quoted = (m.group(1) != null ? m.group(1) : m.group(2)).replace("''", "'");
                if (!Vocabulary.startsWithCommand(quoted)) continue;
                seen[0]++;
                ParseResult r = parser.parse(quoted, TODAY);
                if (r instanceof ParseResult.Refused refused && !ARGUMENTS_LEFT_OUT.contains(refused.refusal().key()))
                    wrong.add(t + ": `" + quoted + "` is refused by the parser (" + refused.refusal().key() + ")");
                foreignWords(quoted, t.language()).forEach(w -> wrong.add(t + ": `" + quoted + "` has the " + other(t.language())
                        + " word \"" + w + "\""));
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(seen[0]).as("quoted commands found").isGreaterThan(40);
    }

    @Test
    void every_usage_line_is_a_command_in_its_bundles_language() {
        List<String> wrong = new ArrayList<>();
        Bundles.texts().filter(t -> t.key().startsWith("commands.usage.")).forEach(t -> {
            if (!Vocabulary.startsWithCommand(t.pattern())) wrong.add(t + ": does not start with a command word");
            foreignWords(t.pattern(), t.language()).forEach(w -> wrong.add(t + ": has the " + other(t.language()) + " word \"" + w + "\""));
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void no_text_uses_a_command_word_that_only_the_other_language_has() {
        Map<String, Set<Language>> phrases = Vocabulary.commandPhrases();
        List<String> wrong = new ArrayList<>();
        Bundles.texts().forEach(t -> {
            String words = " " + String.join(" ", words(PLACEHOLDER.matcher(t.pattern()).replaceAll(" "))) + " ";
            phrases.forEach((phrase, languages) -> {
                if (!languages.contains(t.language()) && words.contains(" " + phrase + " "))
                    wrong.add(t + ": \"" + phrase + "\" is a command only in " + other(t.language()));
            });
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_vocabulary_tells_the_languages_of_command_words_apart() {
        assertThat(Vocabulary.languagesOf("schema")).containsExactly(Language.SV);
        assertThat(Vocabulary.languagesOf("schedule")).containsExactly(Language.EN);
        assertThat(Vocabulary.languagesOf("varannan")).containsExactly(Language.SV);
        assertThat(Vocabulary.languagesOf("every")).containsExactly(Language.EN);
        assertThat(Vocabulary.languagesOf("status")).containsExactlyInAnyOrder(Language.SV, Language.EN);
        assertThat(Vocabulary.languagesOf("Ekonomi")).isEmpty();
        assertThat(foreignWords("schema tisdag 12:00 every 2 weeks", Language.SV)).containsExactly("every", "weeks");
        assertThat(Vocabulary.startsWithCommand("gå med Ekonomi")).isTrue();
        assertThat(Vocabulary.startsWithCommand("Lärgrupp {0}")).isFalse();
    }

    /** The words of {@code text} that are keywords of the other language only. */
    private static List<String> foreignWords(String text, Language language) {
        return words(text).stream().filter(w -> {
            Set<Language> of = Vocabulary.languagesOf(w);
            return !of.isEmpty() && !of.contains(language);
        }).toList();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : WORDS.split(text.toLowerCase(Locale.ROOT))) {
            String word = w.replaceAll("^[.,:!?\"”“*`]+|[.,:!?\"”“*`]+$", "");
            if (!word.isEmpty()) out.add(word);
        }
        return out;
    }

    private static String other(Language language) {
        return language == Language.SV ? "English" : "Swedish";
    }
}
