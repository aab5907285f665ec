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
    void a_reply_route_keeps_the_activity_it_answers_and_the_conversation_reference_stays_as_it_was() {
        TeamsConversation thread = new TeamsConversation("19:abc@thread.tacv2;messageid=17", "https://smba.trafficmanager.net/emea/",
                "tenant-1", Optional.of("19:abc@thread.tacv2"), "channel");

        TeamsConversation reply = TeamsConversation.of(thread.replyingTo("1732650000123").ref());
        TeamsConversation edit = TeamsConversation.of(thread.replacing("1:card").ref());

        assertThat(reply.activityId()).contains("1732650000123");
        assertThat(reply.replace()).isFalse();
        assertThat(edit.activityId()).contains("1:card");
        assertThat(edit.replace()).isTrue();
        assertThat(reply.conversationOnly().ref()).isEqualTo(thread.ref());
        // A group's stored reference (made before reply routes existed) must still match its incoming messages.
        assertThat(thread.ref().value()).isEqualTo("teams:" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"c\":\"19:abc@thread.tacv2;messageid=17\",\"s\":\"https://smba.trafficmanager.net/emea/\",\"t\":\"tenant-1\","
                        + "\"k\":\"channel\",\"ch\":\"19:abc@thread.tacv2\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void a_reply_route_too_long_for_the_outbox_falls_back_to_its_conversation() {
        TeamsConversation personal = new TeamsConversation("a:" + "x".repeat(200), "https://smba.trafficmanager.net/emea/", "tenant-1",
                Optional.empty(), "personal");

        ConversationRef ref = personal.replyingTo("1:" + "y".repeat(150)).ref();

        assertThat(ref).isEqualTo(personal.ref());
        assertThat(ref.value().length()).isLessThanOrEqualTo(TeamsConversation.LONGEST_STORED);
    }

    @Test
    void every_iso_8601_form_of_a_timestamp_teams_sends_is_read_as_the_same_kind_of_instant() throws Exception {
        java.util.function.Function<String, java.time.OffsetDateTime> read = ts -> {
            try {
                return ActivityReader.read(("{\"type\":\"message\",\"timestamp\":\"" + ts + "\",\"localTimestamp\":\"" + ts + "\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).getTimestamp();
            } catch (ActivityReader.Unreadable e) {
                throw new AssertionError(e.getMessage());
            }
        };

        java.time.Instant at = java.time.Instant.parse("2026-12-01T10:00:18Z");
        assertThat(read.apply("2026-12-01T10:00:18Z").toInstant()).isEqualTo(at);
        assertThat(read.apply("2026-12-01T10:00:18+00:00").toInstant()).isEqualTo(at);
        assertThat(read.apply("2026-12-01T11:00:18+01:00").toInstant()).isEqualTo(at);
        assertThat(read.apply("2026-12-01T10:00:18.5Z").toInstant()).isEqualTo(at.plusMillis(500));
        assertThat(read.apply("2026-12-01T10:00:18.1234567Z").toInstant()).isEqualTo(at.plusNanos(123_456_700));
        assertThat(read.apply("2026-12-01T05:00:18.04-05:00").toInstant()).isEqualTo(at.plusMillis(40));
        assertThatThrownBy(() -> ActivityReader.read("{\"type\":\"message\",\"timestamp\":\"i går\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(ActivityReader.Unreadable.class).hasMessage("DateTimeParseException at $.timestamp");
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
    void only_this_machine_counts_as_loopback_for_dev_mode() {
        assertThat(TeamsSettings.isLoopback("http://127.0.0.1:3978/emea/")).isTrue();
        assertThat(TeamsSettings.isLoopback("http://localhost:3978/")).isTrue();
        assertThat(TeamsSettings.isLoopback("https://[::1]:8443/")).isTrue();
        assertThat(TeamsSettings.isLoopback("https://smba.trafficmanager.net/emea/")).isFalse();
        assertThat(TeamsSettings.isLoopback("http://127.0.0.1@evil.example/")).isFalse();
        assertThat(TeamsSettings.isLoopback("http://localhost.evil.example/")).isFalse();
        assertThat(TeamsSettings.isLoopback("file://localhost/etc/passwd")).isFalse();
        assertThat(TeamsSettings.isLoopback("not a url")).isFalse();
        assertThat(TeamsSettings.isLoopback(null)).isFalse();
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
