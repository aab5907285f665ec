package se.largrupp.slack.outgoing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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

    @Property
    void any_name_slugs_to_a_valid_channel_name(@ForAll String name) {
        assertThat(ChannelNames.slug(name)).matches("[a-z0-9_-]{1,80}");
    }
}
