package se.largrupp.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigProblemsTest {
    private static List<String> problems(Map<String, String> env) {
        return ConfigProblems.of(Settings.of(env));
    }

    @Test
    void an_empty_environment_is_a_valid_sandbox_on_h2() {
        Settings s = Settings.of(Map.of());
        assertThat(ConfigProblems.of(s)).isEmpty();
        assertThat(s.sandbox()).isTrue();
        assertThat(s.port()).isEqualTo(3000);
        assertThat(s.databaseUrl()).startsWith("jdbc:h2:file:./data/");
    }

    @Test
    void a_slack_token_without_signing_secret_is_one_clear_line() {
        assertThat(problems(Map.of("SLACK_BOT_TOKEN", "xoxb-1-2-abc")))
                .containsExactly("SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not: set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)");
    }

    @Test
    void the_slack_client_id_and_secret_alone_sign_in_to_the_dashboard_and_with_the_signing_secret_make_the_app_distributable() {
        Map<String, String> signIn = Map.of("SLACK_CLIENT_ID", "111.222", "SLACK_CLIENT_SECRET", "client-secret");
        assertThat(problems(signIn)).isEmpty();
        assertThat(Settings.of(signIn).slackDistributed()).isFalse();
        assertThat(Settings.of(signIn).slackConfigured()).isFalse();
        assertThat(Settings.of(signIn).sandbox()).as("the sandbox offers Sign in with Slack beside its people").isTrue();

        Map<String, String> meantAsOAuth = new java.util.HashMap<>(signIn);
        meantAsOAuth.put("LARGRUPP_SECRET_KEY", "a-secret-key-of-at-least-thirty-two-characters");
        assertThat(problems(meantAsOAuth)).singleElement().asString().contains("OAuth mode", "SLACK_SIGNING_SECRET");

        Map<String, String> oauth = new java.util.HashMap<>(meantAsOAuth);
        oauth.put("SLACK_SIGNING_SECRET", "signing-secret");
        assertThat(problems(oauth)).isEmpty();
        assertThat(Settings.of(oauth).slackDistributed()).isTrue();
        assertThat(Settings.of(oauth).sandbox()).isFalse();
        assertThat(Settings.of(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s", "SLACK_CLIENT_ID", "1.2",
                "SLACK_CLIENT_SECRET", "c")).slackDistributed()).as("beside a bot token: one workspace, and sign-in").isFalse();
    }

    @Test
    void a_signing_secret_without_token_is_refused() {
        assertThat(problems(Map.of("SLACK_SIGNING_SECRET", "s3cr3t-value")))
                .singleElement().asString().startsWith("SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not");
    }

    @Test
    void socket_mode_needs_no_signing_secret() {
        assertThat(problems(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"))).isEmpty();
    }

    @Test
    void a_teams_app_id_without_password_is_refused() {
        assertThat(problems(Map.of("MICROSOFT_APP_ID", "00000000-0000-0000-0000-000000000001")))
                .singleElement().asString().startsWith("MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not");
    }

    @Test
    void a_teams_channel_needs_an_app_id_unless_dev_mode_is_chosen_explicitly() {
        assertThat(problems(Map.of("TEAMS_CHANNEL_ID", "19:abc@thread.tacv2")))
                .singleElement().asString().startsWith("TEAMS_CHANNEL_ID is set but MICROSOFT_APP_ID is not");
        assertThat(problems(Map.of("TEAMS_CHANNEL_ID", "19:abc@thread.tacv2", "TEAMS_DEV_MODE", "true"))).isEmpty();
    }

    @Test
    void teams_dev_mode_is_refused_beside_any_platform_credential_naming_it_but_never_its_value() {
        String secret = "xoxb-123-456-very-secret";
        for (Map<String, String> env : List.of(Map.of("SLACK_BOT_TOKEN", secret, "SLACK_SIGNING_SECRET", "s"),
                Map.of("SLACK_BOT_TOKEN", secret, "SLACK_APP_TOKEN", "xapp-1"), Map.of("SLACK_SIGNING_SECRET", secret),
                Map.of("MICROSOFT_APP_ID", "00000000-0000-0000-0000-000000000001", "MICROSOFT_APP_PASSWORD", secret),
                Map.of("MICROSOFT_APP_PASSWORD", secret))) {
            java.util.Map<String, String> withDevMode = new java.util.HashMap<>(env);
            withDevMode.put("TEAMS_DEV_MODE", "true");

            assertThat(problems(withDevMode)).as("%s", env.keySet())
                    .filteredOn(line -> line.startsWith("TEAMS_DEV_MODE=true")).singleElement().asString()
                    .contains("may not run beside platform credentials").doesNotContain(secret);
            assertThat(problems(withDevMode)).noneMatch(line -> line.contains(secret));
        }
        assertThat(problems(Map.of("TEAMS_DEV_MODE", "true"))).isEmpty();
        assertThat(problems(Map.of("TEAMS_DEV_MODE", "false", "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s"))).isEmpty();
    }

    @Test
    void archiving_old_groups_is_off_unless_set_and_must_be_true_or_false() {
        assertThat(Settings.of(Map.of()).archiveOldGroups()).isFalse();
        assertThat(Settings.of(Map.of("LARGRUPP_ARCHIVE_OLD_GROUPS", "true")).archiveOldGroups()).isTrue();
        assertThat(problems(Map.of("LARGRUPP_ARCHIVE_OLD_GROUPS", "ja"))).singleElement().asString().contains("LARGRUPP_ARCHIVE_OLD_GROUPS");
    }

    @Test
    void placement_is_automatic_unless_set_to_approve_or_off_and_anything_else_is_one_clear_line() {
        assertThat(Settings.of(Map.of()).placement()).isEqualTo(se.largrupp.core.continuity.PlacementMode.AUTO);
        assertThat(Settings.of(Map.of("LARGRUPP_PLACEMENT", "Approve")).placement()).isEqualTo(se.largrupp.core.continuity.PlacementMode.APPROVE);
        assertThat(Settings.of(Map.of("LARGRUPP_PLACEMENT", "off")).placement()).isEqualTo(se.largrupp.core.continuity.PlacementMode.OFF);
        assertThat(problems(Map.of("LARGRUPP_PLACEMENT", "sometimes"))).singleElement().asString()
                .contains("LARGRUPP_PLACEMENT must be auto, approve or off");
    }

    @Test
    void the_manager_depth_is_two_unless_set_and_zero_means_the_whole_chain() {
        assertThat(Settings.of(Map.of()).managerDepth()).isEqualTo(2);
        assertThat(Settings.of(Map.of("LARGRUPP_MANAGER_DEPTH", "1")).managerDepth()).isEqualTo(1);
        assertThat(Settings.of(Map.of("LARGRUPP_MANAGER_DEPTH", "0")).managerDepth())
                .isEqualTo(se.largrupp.core.regrouping.RegroupOptions.WHOLE_CHAIN);
        assertThat(problems(Map.of("LARGRUPP_MANAGER_DEPTH", "deep"))).singleElement().asString().contains("LARGRUPP_MANAGER_DEPTH");
    }

    @Test
    void retention_is_90_days_for_leaders_who_left_and_7_for_finished_outbox_rows_unless_set() {
        assertThat(Settings.of(Map.of()).keepLeftLeaders()).isEqualTo(java.time.Duration.ofDays(90));
        assertThat(Settings.of(Map.of()).keepFinishedOutbox()).isEqualTo(java.time.Duration.ofDays(7));
        Settings set = Settings.of(Map.of("LARGRUPP_RETENTION_LEFT_DAYS", "30", "LARGRUPP_RETENTION_OUTBOX_DAYS", "2"));
        assertThat(set.keepLeftLeaders()).isEqualTo(java.time.Duration.ofDays(30));
        assertThat(set.keepFinishedOutbox()).isEqualTo(java.time.Duration.ofDays(2));
        assertThat(problems(Map.of("LARGRUPP_RETENTION_LEFT_DAYS", "0"))).singleElement().asString()
                .contains("LARGRUPP_RETENTION_LEFT_DAYS").contains("1 to 3650");
        assertThat(problems(Map.of("LARGRUPP_RETENTION_OUTBOX_DAYS", "a week"))).singleElement().asString()
                .contains("LARGRUPP_RETENTION_OUTBOX_DAYS");
    }

    @Test
    void a_malformed_database_url_is_refused() {
        assertThat(problems(Map.of("DATABASE_URL", "postgres://db/largrupp")))
                .singleElement().asString().startsWith("DATABASE_URL must start with jdbc:h2: or jdbc:postgresql:");
    }

    @Test
    void clustering_on_h2_is_refused() {
        assertThat(problems(Map.of("LARGRUPP_CLUSTERED", "true")))
                .singleElement().asString().startsWith("LARGRUPP_CLUSTERED=true needs PostgreSQL");
        assertThat(problems(Map.of("LARGRUPP_CLUSTERED", "true", "DATABASE_URL", "jdbc:postgresql://db/x"))).isEmpty();
    }

    @Test
    void bad_port_and_time_scale_are_each_one_line() {
        assertThat(problems(Map.of("PORT", "70000", "LARGRUPP_TIME_SCALE", "fast")))
                .containsExactlyInAnyOrder(
                        "PORT must be a whole number from 1 to 65535, was '70000'",
                        "LARGRUPP_TIME_SCALE must be a number from 1 to 3600 (1 = real time), was 'fast'");
    }

    @Test
    void problems_never_quote_a_secret() {
        String secret = "super-secret-password-42";
        List<String> found = problems(Map.of(
                "SLACK_SIGNING_SECRET", secret, "MICROSOFT_APP_PASSWORD", secret, "DATABASE_PASSWORD", secret,
                "SLACK_APP_TOKEN", secret));
        assertThat(found).hasSizeGreaterThanOrEqualTo(3);
        assertThat(found).noneMatch(line -> line.contains(secret));
    }

    @Test
    void the_configuration_dump_masks_secrets() {
        Settings s = Settings.of(Map.of("SLACK_BOT_TOKEN", "xoxb-very-secret", "SLACK_SIGNING_SECRET", "abc123",
                "DATABASE_URL", "jdbc:postgresql://db/x?user=a&password=hunter2", "PORT", "8080"));
        assertThat(String.join("\n", s.describe()))
                .contains("PORT=8080", "SLACK_BOT_TOKEN=****", "password=****")
                .doesNotContain("xoxb-very-secret", "abc123", "hunter2");
    }

    @Test
    void configured_platforms_turn_the_sandbox_off_and_it_is_never_on_beside_them() {
        assertThat(Settings.of(Map.of("SLACK_BOT_TOKEN", "xoxb-1")).sandbox()).isFalse();
        assertThat(Settings.of(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "LARGRUPP_SANDBOX", "true")).sandbox()).isFalse();
        assertThat(Settings.of(Map.of("MICROSOFT_APP_PASSWORD", "p", "LARGRUPP_SANDBOX", "true")).sandbox()).isFalse();
        assertThat(Settings.of(Map.of("LARGRUPP_SANDBOX", "false")).sandbox()).isFalse();
        assertThat(Settings.of(Map.of("TEAMS_DEV_MODE", "true")).sandbox()).as("dev mode holds no credential").isTrue();
    }

    @Test
    void asking_for_the_sandbox_beside_slack_or_teams_credentials_is_one_line_naming_them_without_their_values() {
        List<String> slack = problems(Map.of("SLACK_BOT_TOKEN", "xoxb-1-secret", "SLACK_SIGNING_SECRET", "sig-secret",
                "LARGRUPP_SANDBOX", "true"));
        assertThat(slack).containsExactly("LARGRUPP_SANDBOX=true is refused beside Slack or Teams credentials "
                + "(SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET set): its demo admin and time control would reach the real workspace; "
                + "run the sandbox on its own");
        assertThat(String.join("\n", slack)).doesNotContain("xoxb-1-secret", "sig-secret");
        assertThat(problems(Map.of("MICROSOFT_APP_ID", "app", "MICROSOFT_APP_PASSWORD", "pw", "LARGRUPP_SANDBOX", "true")))
                .singleElement().asString().startsWith("LARGRUPP_SANDBOX=true is refused").contains("MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD");
        assertThat(problems(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1", "LARGRUPP_SANDBOX", "false"))).isEmpty();
    }

    @Test
    void the_management_port_is_off_unless_set_and_must_be_a_port_of_its_own() {
        assertThat(Settings.of(Map.of()).managementPort()).isEmpty();
        assertThat(Settings.of(Map.of("LARGRUPP_MANAGEMENT_PORT", "9464")).managementPort()).contains(9464);
        assertThat(problems(Map.of("LARGRUPP_MANAGEMENT_PORT", "9464"))).isEmpty();
        assertThat(problems(Map.of("LARGRUPP_MANAGEMENT_PORT", "metrics"))).singleElement().asString()
                .startsWith("LARGRUPP_MANAGEMENT_PORT must be a whole number");
        assertThat(problems(Map.of("LARGRUPP_MANAGEMENT_PORT", "3000"))).containsExactly(
                "LARGRUPP_MANAGEMENT_PORT must differ from PORT: /metrics belongs on a port of its own");
        assertThat(problems(Map.of("PORT", "8080", "LARGRUPP_MANAGEMENT_PORT", "8080"))).hasSize(1);
        assertThat(problems(Map.of("PORT", "web", "LARGRUPP_MANAGEMENT_PORT", "8080"))).singleElement().asString().startsWith("PORT");
    }

    @Test
    void the_sandbox_listens_on_loopback_unless_told_otherwise_and_production_on_every_interface() {
        assertThat(Settings.of(Map.of()).bindAddress()).contains("127.0.0.1");
        assertThat(Settings.of(Map.of("LARGRUPP_BIND_ADDRESS", "0.0.0.0")).bindAddress()).contains("0.0.0.0");
        assertThat(Settings.of(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1")).bindAddress()).isEmpty();
        assertThat(problems(Map.of("LARGRUPP_BIND_ADDRESS", "::1"))).isEmpty();
        assertThat(problems(Map.of("LARGRUPP_BIND_ADDRESS", "0.0.0.0; rm -rf /"))).singleElement().asString()
                .startsWith("LARGRUPP_BIND_ADDRESS");
    }

    @Test
    void a_malformed_admin_list_is_refused_and_bare_ids_are_fine() {
        assertThat(problems(Map.of("LARGRUPP_ADMINS", "U123, slack:T1:U2"))).isEmpty();
        assertThat(problems(Map.of("LARGRUPP_ADMINS", "U1, Åsa Öberg"))).singleElement().asString().startsWith("LARGRUPP_ADMINS");
        assertThat(problems(Map.of("LARGRUPP_SPONSORS", "U9, karin@example.se"))).isEmpty();
        assertThat(problems(Map.of("LARGRUPP_SPONSORS", "Karin Å"))).singleElement().asString().startsWith("LARGRUPP_SPONSORS");
    }

    @Test
    void graph_urls_must_be_http_urls() {
        assertThat(problems(Map.of("GRAPH_API_URL", "graph.microsoft.com", "GRAPH_LOGIN_URL", "ftp://login")))
                .containsExactly("GRAPH_API_URL must be an http(s) URL such as https://graph.microsoft.com/",
                        "GRAPH_LOGIN_URL must be an http(s) URL such as https://login.microsoftonline.com/");
        assertThat(problems(Map.of("GRAPH_API_URL", "http://127.0.0.1:8081/graph/", "GRAPH_LOGIN_URL", "https://login.microsoftonline.us/")))
                .isEmpty();
    }

    @Test
    void a_malformed_public_url_is_refused_and_without_one_links_use_the_servers_own_address() {
        for (String bad : List.of("largrupp.example.com", "ftp://largrupp.example.com/", "https:///x", "https://h/?a=1", "https://u:p@h/"))
            assertThat(problems(Map.of("LARGRUPP_PUBLIC_URL", bad))).as(bad).singleElement().asString()
                    .startsWith("LARGRUPP_PUBLIC_URL must be the server's public base URL");
        assertThat(problems(Map.of("LARGRUPP_PUBLIC_URL", "https://largrupp.example.com/bot"))).isEmpty();
        assertThat(Settings.of(Map.of("LARGRUPP_PUBLIC_URL", "https://largrupp.example.com/bot")).publicUrl(3000).toString())
                .isEqualTo("https://largrupp.example.com/bot/");
        assertThat(Settings.of(Map.of()).publicUrl(3000).toString()).isEqualTo("http://127.0.0.1:3000/");
    }

    @Test
    void graph_invites_need_a_mailbox_and_the_app_registration_with_its_tenant() {
        assertThat(problems(Map.of("GRAPH_CALENDAR_ORGANIZER", "largrupp"))).first().asString()
                .startsWith("GRAPH_CALENDAR_ORGANIZER must be the mailbox");
        assertThat(problems(Map.of("GRAPH_CALENDAR_ORGANIZER", "largrupp@contoso.com"))).singleElement().asString()
                .startsWith("GRAPH_CALENDAR_ORGANIZER needs the app registration");
        assertThat(problems(Map.of("GRAPH_CALENDAR_ORGANIZER", "largrupp@contoso.com", "MICROSOFT_APP_ID", "00000000-0000-0000-0000-000000000001",
                "MICROSOFT_APP_PASSWORD", "s3cret", "MICROSOFT_APP_TENANT_ID", "tenant-1"))).isEmpty();
    }
}
