package se.largrupp.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.Language;

/**
 * The round's clock is held with hold / vänta and its button says so; pause / paus / pausa is the programme's break.
 * No text of a round may use the programme's word, or a leader who reads "Pausa" on the card and types it takes a break
 * from the whole programme.
 */
class OneWordOneMeaningTest {
    private static final Pattern PAUSE_WORD = Pattern.compile("(?i)\\bpaus");

    @Test
    void no_text_of_a_round_says_pause() {
        Bundles.texts().filter(t -> t.bundle().equals("rounds"))
                .forEach(t -> assertThat(PAUSE_WORD.matcher(t.pattern()).find()).as(t + ": " + t.pattern()).isFalse());
    }

    @Test
    void the_rounds_hold_button_is_named_like_its_command() {
        Texts texts = new Texts();
        assertThat(texts.get(Language.SV, "rounds.button.hold")).isEqualTo("Vänta");
        assertThat(texts.get(Language.EN, "rounds.button.hold")).isEqualTo("Hold");
        assertThat(texts.get(Language.SV, "help.line.hold")).startsWith("*vänta*").doesNotContainIgnoringCase("paus");
        assertThat(texts.get(Language.EN, "help.line.hold")).startsWith("*hold*").doesNotContainIgnoringCase("pause");
    }
}
