package se.largrupp.core.regrouping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupNamesTest {
    @Test
    void a_group_name_is_year_regrouping_in_the_year_and_a_two_digit_number() {
        assertThat(GroupNames.name(2027, 1, 3)).isEqualTo("2027v1-03");
        assertThat(GroupNames.name(2027, 2, 12)).isEqualTo("2027v2-12");
    }

    @Test
    void a_slug_has_only_what_slack_allows_in_a_channel_name() {
        assertThat(GroupNames.slug("2027v1-03")).isEqualTo("largrupp-2027v1-03");
        assertThat(GroupNames.slug("Åsa Östlund & Ärlig Grupp!")).isEqualTo("largrupp-asa-ostlund-arlig-grupp-");
        assertThat(GroupNames.slug("x".repeat(200))).hasSize(80).matches("[a-z0-9_-]+");
    }
}
