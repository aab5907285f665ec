package se.largrupp.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.text.MessageFormat;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.Language;

/** Every bundle, whoever added it: the same keys in Swedish and English, and every text a valid MessageFormat. */
class BundlesTest {
    private static final Set<String> LANGUAGES = Set.of(Language.values()).stream().map(Language::code).collect(Collectors.toSet());

    @Test
    void every_bundle_exists_in_swedish_and_english_and_in_no_other_language() {
        Map<String, Map<String, Properties>> all = Bundles.all();
        assertThat(all).as("bundles found").hasSizeGreaterThanOrEqualTo(12);
        all.forEach((bundle, byLanguage) -> assertThat(byLanguage.keySet()).as(bundle).isEqualTo(LANGUAGES));
    }

    @Test
    void every_key_of_every_bundle_exists_in_both_languages() {
        Bundles.all().forEach((bundle, byLanguage) -> {
            Set<String> sv = new TreeSet<>(byLanguage.get("sv").stringPropertyNames());
            Set<String> en = new TreeSet<>(byLanguage.get("en").stringPropertyNames());
            assertThat(sv).as(bundle + ": keys only in Swedish").containsAll(en);
            assertThat(en).as(bundle + ": keys only in English").containsAll(sv);
        });
    }

    @Test
    void every_key_belongs_to_the_bundle_it_is_in() {
        // Texts finds a key's bundle by its first segment: rounds.turn.floor lives in rounds_*.properties.
        Bundles.texts().forEach(t -> assertThat(t.key()).as(t.toString()).startsWith(t.bundle() + "."));
    }

    @Test
    void no_text_is_blank_has_a_lone_apostrophe_or_a_broken_placeholder() {
        Bundles.texts().forEach(t -> {
            assertThat(t.pattern()).as(t.toString()).isNotBlank();
            assertThat(t.pattern().replace("''", "")).as(t + ": write an apostrophe as ''").doesNotContain("'");
            assertThatCode(() -> new MessageFormat(t.pattern(), t.language().locale())).as(t.toString()).doesNotThrowAnyException();
        });
    }

    @Test
    void every_text_reads_through_texts_in_its_language() {
        Texts texts = new Texts();
        Bundles.texts().forEach(t -> assertThat(texts.has(t.language(), t.key())).as(t.toString()).isTrue());
    }
}
