package se.largrupp.slack.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class ChannelNamesTest {
    @Test
    void names_are_slugged_to_slacks_rules() {
        assertThat(ChannelNames.slug("largrupp-2027v1-03")).isEqualTo("largrupp-2027v1-03");
        assertThat(ChannelNames.slug("Lärgrupp 2027v1 / 03")).isEqualTo("largrupp-2027v1-03");
        assertThat(ChannelNames.slug("ÅÄÖ åäö")).isEqualTo("aao-aao");
        assertThat(ChannelNames.slug("!!!")).isEqualTo("largrupp");
    }

    @Test
    void a_suffix_keeps_the_name_within_80_characters() {
        String longName = "a".repeat(80);
        assertThat(ChannelNames.withSuffix(longName, 12)).hasSize(80).endsWith("-12");
        assertThat(ChannelNames.withSuffix("g", 1)).isEqualTo("g");
    }

    @Test
    void any_name_slugs_to_a_valid_channel_name() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 200))
                .checkAssert(name -> assertThat(ChannelNames.slug(name)).matches("[a-z0-9_-]{1,80}"));
    }
}
