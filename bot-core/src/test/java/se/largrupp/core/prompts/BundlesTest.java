package se.largrupp.core.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;

/** The prompts bundle's content; every bundle's keys and formats are checked in {@code se.largrupp.core.i18n.BundlesTest}. */
class BundlesTest {
    @Test
    void the_question_bank_has_at_least_thirty_open_questions_in_each_language() {
        Texts texts = new Texts();
        for (Language lang : Language.values()) {
            assertThat(texts.list(lang, "prompts.question")).hasSizeGreaterThanOrEqualTo(30).allMatch(q -> q.endsWith("?"));
            assertThat(texts.list(lang, "prompts.rule")).hasSize(4);
        }
    }
}
