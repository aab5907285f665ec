package se.largrupp.core.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;

/** The core's own bundles: the same keys in Swedish and English, and every text a valid MessageFormat. */
class BundlesTest {
    private static Properties load(String bundle, String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/largrupp/i18n/" + bundle + "_" + lang + ".properties")) {
            assertThat(in).as(bundle + "_" + lang).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"commands", "leaders", "prompts", "help", "stats", "continuity", "regroup"})
    void every_key_exists_in_both_swedish_and_english(String bundle) throws IOException {
        assertThat(load(bundle, "sv").stringPropertyNames()).isEqualTo(load(bundle, "en").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"commands", "leaders", "prompts", "help", "stats", "continuity", "regroup"})
    void no_text_has_a_lone_apostrophe_or_a_broken_placeholder(String bundle) throws IOException {
        for (String lang : new String[] {"sv", "en"}) {
            Properties p = load(bundle, lang);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                assertThat(text.replace("''", "")).as(lang + " " + key).doesNotContain("'");
                assertThat(text).as(lang + " " + key).isNotBlank();
                new MessageFormat(text); // throws on an unbalanced brace
            }
        }
    }

    @Test
    void the_question_bank_has_at_least_thirty_open_questions_in_each_language() {
        Texts texts = new Texts();
        for (Language lang : Language.values()) {
            assertThat(texts.list(lang, "prompts.question")).hasSizeGreaterThanOrEqualTo(30).allMatch(q -> q.endsWith("?"));
            assertThat(texts.list(lang, "prompts.rule")).hasSize(4);
        }
    }
}
