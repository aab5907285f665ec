package se.largrupp.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.schema.ChannelAccount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.port.ConversationRef;

class SmallPartsTest {
    @Test
    void a_conversation_reference_round_trips_through_its_url_safe_text() {
        TeamsConversation c = new TeamsConversation("19:abc@thread.tacv2;messageid=17", "https://smba.trafficmanager.net/emea",
                "tenant-1", Optional.of("19:abc@thread.tacv2"), "channel");

        ConversationRef ref = c.ref();

        assertThat(ref.value()).startsWith("teams:").matches("teams:[A-Za-z0-9_-]+");
        assertThat(TeamsConversation.of(new ConversationRef(ref.value()))).isEqualTo(
                new TeamsConversation(c.id(), "https://smba.trafficmanager.net/emea/", "tenant-1", c.channelId(), "channel"));
    }

    @Test
    void a_reference_that_is_not_ours_is_refused() {
        assertThatThrownBy(() -> TeamsConversation.of(new ConversationRef("teams:%%%"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void command_text_loses_mentions_and_a_leading_name() {
        assertThat(CommandText.clean("lärgrupp gå med")).isEqualTo("gå med");
        assertThat(CommandText.clean("Largrupp: status")).isEqualTo("status");
        assertThat(CommandText.clean("<at>Lärgrupp</at>  join Ekonomi")).isEqualTo("join Ekonomi");
        assertThat(CommandText.clean("LÄRGRUPP")).isEmpty();
        assertThat(CommandText.clean("largruppen")).isEqualTo("largruppen");
        assertThat(CommandText.clean(null)).isEmpty();
    }

    @Test
    void a_leader_is_their_entra_object_id_in_their_tenant_and_a_teams_id_survives_the_key() {
        ChannelAccount withAad = new ChannelAccount("29:xyz", "Anna");
        withAad.setAadObjectId("aad-1");
        ChannelAccount withoutAad = new ChannelAccount("29:xyz", "Anna");

        assertThat(TeamsUsers.leader("t1", withAad)).contains(LeaderId.parse("teams:t1:aad-1"));
        LeaderId fallback = TeamsUsers.leader("t1", withoutAad).orElseThrow();
        assertThat(LeaderId.parse(fallback.key())).isEqualTo(fallback);
        assertThat(TeamsUsers.memberId(fallback)).isEqualTo("29:xyz");
        assertThat(TeamsUsers.leader(null, withAad)).isEmpty();
    }

    @Test
    void settings_read_the_environment_and_never_print_the_password() {
        TeamsSettings s = TeamsSettings.fromEnvironment(Map.of("MICROSOFT_APP_ID", " app ", "MICROSOFT_APP_PASSWORD", "s3cret",
                "TEAMS_CHANNEL_ID", "19:c@thread.tacv2", "TEAMS_SERVICE_URL", "https://smba.trafficmanager.net/emea"));

        assertThat(s.appId()).contains("app");
        assertThat(s.mode()).isEqualTo(TeamsSettings.Mode.AUTHENTICATED);
        assertThat(s.defaultServiceUrl().toString()).isEqualTo("https://smba.trafficmanager.net/emea/");
        assertThat(s.toString()).doesNotContain("s3cret");
        assertThat(TeamsSettings.fromEnvironment(Map.of("MICROSOFT_APP_ID", "  ")).mode()).isEqualTo(TeamsSettings.Mode.OFF);
        assertThat(TeamsSettings.fromEnvironment(Map.of("TEAMS_DEV_MODE", "true")).mode()).isEqualTo(TeamsSettings.Mode.DEV_UNAUTHENTICATED);
    }

    @Test
    void the_bounded_retry_waits_what_the_connector_says_and_gives_up_on_long_waits() {
        List<Duration> slept = new ArrayList<>();
        Retrying retrying = new Retrying(3, Duration.ofMillis(100), Duration.ofSeconds(5), slept::add);
        var throttled = new BotConnector.Result(429, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
                Optional.of(Duration.ofSeconds(2)), "429");
        var gateway = new BotConnector.Result(502, throttled.body(), Optional.empty(), "502");
        var longWait = new BotConnector.Result(429, throttled.body(), Optional.of(Duration.ofSeconds(60)), "429");

        assertThat(retrying.call(() -> throttled).status()).isEqualTo(429);
        assertThat(slept).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
        slept.clear();
        retrying.call(() -> gateway);
        assertThat(slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        slept.clear();
        retrying.call(() -> longWait);
        assertThat(slept).isEmpty();
    }
}
