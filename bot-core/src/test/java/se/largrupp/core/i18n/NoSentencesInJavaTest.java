package se.largrupp.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.largrupp.core.commands.CommandParser;
import se.largrupp.core.commands.ParseResult;

/**
 * No sentence a leader reads is written in Java: it belongs in a bundle, in Swedish and English. The check reads the
 * main sources of every module (bot-core, the adapters, deploy) and flags every string literal that reads as words —
 * at least three words of letters — unless it is one of the things Java rightly holds as text:
 * <ul>
 *   <li>log messages (never shown to leaders) and exception messages (faults, logged);</li>
 *   <li>SQL (an upper-case SQL keyword in the literal);</li>
 *   <li>what operators read: the command line and its {@code description}s, start-up configuration problems, metric
 *       descriptions, plain HTTP answers to platforms and tools, delivery reasons kept in the outbox, and the
 *       regrouping engine's explanations (the chat shows its own bundle text per rule);</li>
 *   <li>the parser's keyword tables ({@code .sv(…)}, {@code .en(…)}, {@code .both(…)}) and commands as buttons carry
 *       them ({@code forget me confirm}: text the parser reads, never shown as a sentence).</li>
 * </ul>
 * The allowances are by the code around the literal, so a sentence put into a message, a button or a card is caught
 * wherever it is written.
 */
class NoSentencesInJavaTest {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*[.,;:!?]?");
    /** SQL: an upper-case keyword, or the snake_case names of columns. */
    private static final Pattern SQL = Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|VALUES|JOIN|ORDER BY|ON CONFLICT|CREATE|IS NULL)\\b"
            + "|\\b[a-z]+_[a-z_]+\\b");
    /** The code of the statement before the literal, when the literal is rightly text in Java. */
    private static final Map<String, Pattern> ALLOWED_CONTEXTS = Map.of(
            "log message", Pattern.compile("(\\blog|\\bLOG|getLogger\\([^)]*\\))\\s*\\.\\s*(trace|debug|info|warn|error|at(Trace|Debug|Info|Warn|Error)\\(\\))"),
            "fault", Pattern.compile("\\bthrow\\b|\\bnew\\s+[\\w.]*(Exception|Error)\\s*\\("),
            "console or description", Pattern.compile("System\\s*\\.\\s*(out|err)|\\b(err|out)\\s*\\.\\s*print|\\bdescription\\s*[=(]|\\bgauge\\s*\\("),
            "answer to a platform or tool", Pattern.compile("\\bplain\\s*\\(|\\bmalformed\\s*\\(|new\\s+(Outcome\\.)?(Malformed|AckOnly)\\s*\\(|\\bOFF_BODY\\s*="),
            "delivery reason", Pattern.compile("\\bDelivery\\.(Rejected|RetryLater)\\s*\\(|\\bnew\\s+RetryLater\\s*\\("),
            "regrouping engine", Pattern.compile("\\bnew\\s+Refusal\\s*\\(\\s*Refusal\\.Rule|\\brefuse\\s*\\(\\s*(List|Arrays)\\."
                    + "|\\b(new\\s+(Base|Design)|parse)\\s*\\(\\s*$"),
            "keyword table", Pattern.compile("\\.(sv|en|both)\\s*\\([^;]*$"),
            "HTTP header value", Pattern.compile("\\bHttpHeader\\.[A-Z_]+\\s*,\\s*$|\\bCONTENT_SECURITY_POLICY\\s*="),
            "readiness reason", Pattern.compile("\\bready\\(\\)\\s*\\?\\s*Optional\\.empty\\(\\)\\s*:\\s*Optional\\.of\\s*\\("));
    /** Single literals, each with why it is not a sentence for a leader. */
    private static final Map<String, String> ALLOWED_LITERALS = Map.of(
            "se/largrupp/slack/web/ApiResult.java", "rate limited for "); // a Web API result, described for logs and the outbox
    /** Whole folders that only operators read: the command line and the start-up checks of the configuration. */
    private static final List<String> OPERATOR_FOLDERS = List.of("se/largrupp/deploy/cli/", "se/largrupp/deploy/config/");

    @Test
    void no_main_source_holds_a_sentence_outside_logs_faults_sql_and_operator_text() {
        List<String> found = new ArrayList<>();
        for (Path file : mainSources()) {
            String path = file.toString().replace('\\', '/');
            if (OPERATOR_FOLDERS.stream().anyMatch(path::contains)) continue;
            String src = read(file);
            for (JavaLiterals.Literal l : JavaLiterals.of(src)) {
                if (!readsAsWords(l.text()) || isCommand(l.text())) continue;
                if (ALLOWED_LITERALS.entrySet().stream().anyMatch(e -> path.endsWith(e.getKey()) && e.getValue().equals(l.text()))) continue;
                String context = l.statementBefore();
                if (ALLOWED_CONTEXTS.values().stream().anyMatch(p -> p.matcher(context).find())) continue;
                found.add(path.substring(path.indexOf("/java/") + 6) + ":" + l.line() + " \"" + l.text() + "\"");
            }
        }
        assertThat(found).as("sentences in Java: move them to a bundle (or see the allowances in this test)").isEmpty();
    }

    @Test
    void the_check_flags_a_sentence_in_a_message_and_allows_a_log_line() {
        String src = "class X { void f() { log.info(\"the outbox has waited too long\");"
                + " reply(Message.text(\"Fortsätt med next när ni är redo\")); String k = \"rounds.turn.floor\"; } }";
        List<JavaLiterals.Literal> literals = JavaLiterals.of(src);
        assertThat(literals).extracting(JavaLiterals.Literal::text)
                .containsExactly("the outbox has waited too long", "Fortsätt med next när ni är redo", "rounds.turn.floor");
        assertThat(ALLOWED_CONTEXTS.get("log message").matcher(literals.get(0).statementBefore()).find()).isTrue();
        assertThat(readsAsWords(literals.get(1).text())).isTrue();
        assertThat(ALLOWED_CONTEXTS.values().stream().anyMatch(p -> p.matcher(literals.get(1).statementBefore()).find())).isFalse();
        assertThat(readsAsWords(literals.get(2).text())).isFalse();
        assertThat(mainSources()).as("main sources found").hasSizeGreaterThan(200);
    }

    /** A command as a button carries it ({@code forget me confirm}): the parser's language, not a sentence. */
    static boolean isCommand(String text) {
        return new CommandParser().parse(text, LocalDate.of(2027, 1, 11)) instanceof ParseResult.Parsed;
    }

    /** Three or more words of letters, and not SQL. */
    static boolean readsAsWords(String text) {
        if (SQL.matcher(text).find()) return false;
        int words = 0;
        for (String token : text.split("\\s+")) if (WORD.matcher(token).matches() && token.length() > 1) words++;
        return words >= 3;
    }

    /** {@code src/main/java} of every module of the checkout (the tests run in the module's folder). */
    static List<Path> mainSources() {
        Path module = Path.of("").toAbsolutePath();
        Path root = Files.exists(module.resolve("../pom.xml")) ? module.resolve("..").normalize() : module;
        List<Path> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path m : modules.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).toList()) {
                try (Stream<Path> files = Files.walk(m.resolve("src/main/java"))) {
                    files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(out::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
