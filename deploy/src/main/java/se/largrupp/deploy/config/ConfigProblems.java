package se.largrupp.deploy.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.ConfiguredAdmins;
import se.largrupp.deploy.config.Settings.Key;

/**
 * Validates settings before anything starts. Each problem is one line that says what to set; none of them quotes a
 * secret's value. Operator-facing (English only), unlike the bot's texts.
 */
public final class ConfigProblems {
    private ConfigProblems() {}

    public static List<String> of(Settings s) {
        List<String> out = new ArrayList<>();
        integer(s, Key.PORT, 1, 65535, out);
        integer(s, Key.LARGRUPP_MANAGEMENT_PORT, 1, 65535, out);
        if (s.raw(Key.LARGRUPP_MANAGEMENT_PORT).equals(Optional.of(s.raw(Key.PORT).orElse("3000"))))
            out.add("LARGRUPP_MANAGEMENT_PORT must differ from PORT: /metrics belongs on a port of its own");
        s.raw(Key.LARGRUPP_BIND_ADDRESS).filter(a -> !a.matches("[A-Za-z0-9.:\\-]+"))
                .ifPresent(a -> out.add("LARGRUPP_BIND_ADDRESS must be an IP address or a host name such as 127.0.0.1 or 0.0.0.0"));
        integer(s, Key.LARGRUPP_SHUTDOWN_GRACE_SECONDS, 0, 600, out);
        bool(s, Key.LARGRUPP_CLUSTERED, out);
        bool(s, Key.LARGRUPP_SANDBOX, out);
        bool(s, Key.LARGRUPP_ARCHIVE_OLD_GROUPS, out);
        integer(s, Key.LARGRUPP_MANAGER_DEPTH, 0, 10, out);
        integer(s, Key.LARGRUPP_RETENTION_LEFT_DAYS, 1, 3650, out);
        integer(s, Key.LARGRUPP_RETENTION_OUTBOX_DAYS, 1, 3650, out);
        s.raw(Key.LARGRUPP_PLACEMENT).filter(v -> se.largrupp.core.continuity.PlacementMode.parse(v).isEmpty())
                .ifPresent(v -> out.add("LARGRUPP_PLACEMENT must be auto, approve or off, was '" + v + "'"));
        bool(s, Key.TEAMS_DEV_MODE, out);
        bool(s, Key.TEAMS_GROUP_CHAT, out);
        s.raw(Key.TEAMS_SERVICE_URL).filter(u -> !httpUrl(u))
                .ifPresent(u -> out.add("TEAMS_SERVICE_URL must be an http(s) URL such as https://smba.trafficmanager.net/teams/"));
        s.raw(Key.LARGRUPP_PUBLIC_URL).filter(u -> !baseUrl(u))
                .ifPresent(u -> out.add("LARGRUPP_PUBLIC_URL must be the server's public base URL, http(s) with a host and no query, "
                        + "such as https://largrupp.example.com/"));
        s.raw(Key.GRAPH_API_URL).filter(u -> !httpUrl(u))
                .ifPresent(u -> out.add("GRAPH_API_URL must be an http(s) URL such as https://graph.microsoft.com/"));
        s.raw(Key.TEAMS_OPENID_METADATA_URL).filter(u -> !httpUrl(u)).ifPresent(u -> out.add("TEAMS_OPENID_METADATA_URL must be an "
                + "http(s) URL such as https://login.botframework.com/v1/.well-known/openidconfiguration"));
        s.raw(Key.GRAPH_LOGIN_URL).filter(u -> !httpUrl(u))
                .ifPresent(u -> out.add("GRAPH_LOGIN_URL must be an http(s) URL such as https://login.microsoftonline.com/"));
        s.raw(Key.GRAPH_CALENDAR_ORGANIZER).ifPresent(m -> {
            if (!m.matches("[^@\\s/]+@[^@\\s/]+\\.[^@\\s/]+"))
                out.add("GRAPH_CALENDAR_ORGANIZER must be the mailbox that organises the invites, such as largrupp@contoso.com");
            java.util.stream.Stream.of(Key.MICROSOFT_APP_ID, Key.MICROSOFT_APP_PASSWORD, Key.MICROSOFT_APP_TENANT_ID).filter(k -> !s.has(k))
                    .findFirst().ifPresent(k -> out.add("GRAPH_CALENDAR_ORGANIZER needs the app registration with Calendars.ReadWrite: set "
                            + k.name() + " (and MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID)"));
        });
        s.raw(Key.LARGRUPP_TIME_SCALE).ifPresent(v -> {
            double scale;
            try {
                scale = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                scale = Double.NaN;
            }
            if (!(scale >= 1 && scale <= 3600))
                out.add("LARGRUPP_TIME_SCALE must be a number from 1 to 3600 (1 = real time), was '" + v + "'");
        });

        String url = s.databaseUrl();
        boolean urlOk = url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:");
        if (!urlOk)
            out.add("DATABASE_URL must start with jdbc:h2: or jdbc:postgresql: (for example jdbc:postgresql://db:5432/largrupp)");
        if (urlOk && s.clustered() && !s.isPostgres())
            out.add("LARGRUPP_CLUSTERED=true needs PostgreSQL: set DATABASE_URL=jdbc:postgresql://… or LARGRUPP_CLUSTERED=false");
        if (s.has(Key.DATABASE_PASSWORD) && !s.has(Key.DATABASE_USER))
            out.add("DATABASE_PASSWORD is set without DATABASE_USER: set DATABASE_USER too");

        if (s.has(Key.SLACK_BOT_TOKEN) && !s.has(Key.SLACK_SIGNING_SECRET) && !s.has(Key.SLACK_APP_TOKEN))
            out.add("SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not: set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)");
        if (!s.has(Key.SLACK_BOT_TOKEN) && !s.slackDistributed() && (s.has(Key.SLACK_SIGNING_SECRET) || s.has(Key.SLACK_APP_TOKEN)))
            out.add((s.has(Key.SLACK_SIGNING_SECRET) ? "SLACK_SIGNING_SECRET" : "SLACK_APP_TOKEN")
                    + " is set but SLACK_BOT_TOKEN is not: set SLACK_BOT_TOKEN (xoxb-…) or remove the Slack settings");
        slackOAuth(s, out);
        s.raw(Key.SLACK_BOT_TOKEN).filter(t -> !t.startsWith("xoxb-"))
                .ifPresent(t -> out.add("SLACK_BOT_TOKEN must be a bot token starting with xoxb-"));
        s.raw(Key.SLACK_APP_TOKEN).filter(t -> !t.startsWith("xapp-"))
                .ifPresent(t -> out.add("SLACK_APP_TOKEN must be an app-level token starting with xapp-"));
        s.raw(Key.SLACK_API_URL).filter(u -> !httpUrl(u))
                .ifPresent(u -> out.add("SLACK_API_URL must be an http(s) URL such as https://slack.com/api/"));

        if (s.has(Key.MICROSOFT_APP_ID) && !s.has(Key.MICROSOFT_APP_PASSWORD))
            out.add("MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not: set MICROSOFT_APP_PASSWORD (the bot's client secret)");
        if (!s.has(Key.MICROSOFT_APP_ID) && s.has(Key.MICROSOFT_APP_PASSWORD))
            out.add("MICROSOFT_APP_PASSWORD is set but MICROSOFT_APP_ID is not: set MICROSOFT_APP_ID");
        // Dev mode (no app id, explicitly unauthenticated) may still name a tenant and a programme channel.
        boolean teamsDevMode = s.raw(Key.TEAMS_DEV_MODE).map(Boolean::parseBoolean).orElse(false);
        // An unauthenticated endpoint beside real credentials would let anyone act in a real workspace.
        java.util.stream.Stream.of(Key.SLACK_BOT_TOKEN, Key.SLACK_SIGNING_SECRET, Key.SLACK_APP_TOKEN, Key.MICROSOFT_APP_ID,
                        Key.MICROSOFT_APP_PASSWORD).filter(s::has).findFirst().filter(k -> teamsDevMode)
                .ifPresent(k -> out.add("TEAMS_DEV_MODE=true (unauthenticated Teams requests, for local stand-ins) may not run beside "
                        + "platform credentials, and " + k.name() + " is set: remove TEAMS_DEV_MODE or the credentials"));
        if (!s.has(Key.MICROSOFT_APP_ID) && !teamsDevMode && (s.has(Key.MICROSOFT_APP_TENANT_ID) || s.has(Key.TEAMS_CHANNEL_ID)))
            out.add((s.has(Key.MICROSOFT_APP_TENANT_ID) ? "MICROSOFT_APP_TENANT_ID" : "TEAMS_CHANNEL_ID")
                    + " is set but MICROSOFT_APP_ID is not: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD");
        boolean sandboxAsked = s.raw(Key.LARGRUPP_SANDBOX).map(Boolean::parseBoolean).orElse(false);
        if (sandboxAsked && !s.platformCredentials().isEmpty())
            out.add("LARGRUPP_SANDBOX=true is refused beside Slack or Teams credentials (" + String.join(", ", s.platformCredentials())
                    + " set): its demo admin and time control would reach the real workspace; run the sandbox on its own");
        s.raw(Key.LARGRUPP_ADMINS).ifPresent(v -> {
            try {
                ConfiguredAdmins.parse(v);
            } catch (IllegalArgumentException e) {
                out.add(e.getMessage() + " (use comma-separated user ids, platform:workspace:user such as slack:T0123:U0456, or a Teams user's e-mail address)");
            }
        });
        if (s.has(Key.SLACK_CLIENT_ID) != s.has(Key.SLACK_CLIENT_SECRET))
            out.add((s.has(Key.SLACK_CLIENT_ID) ? "SLACK_CLIENT_ID is set but SLACK_CLIENT_SECRET is not" : "SLACK_CLIENT_SECRET is set but SLACK_CLIENT_ID is not")
                    + ": set both (the Slack app's Basic Information page shows them)");
        s.raw(Key.LARGRUPP_SPONSORS).ifPresent(v -> {
            try {
                ConfiguredAdmins.parse("LARGRUPP_SPONSORS", v);
            } catch (IllegalArgumentException e) {
                out.add(e.getMessage() + " (the same forms as LARGRUPP_ADMINS: user ids, platform:workspace:user, or a Teams user's e-mail address)");
            }
        });
        return out;
    }

    /** "Add to Slack": both client credentials, the signing secret, and a key to encrypt the workspaces' tokens with. */
    private static void slackOAuth(Settings s, List<String> out) {
        if (s.has(Key.SLACK_CLIENT_ID) != s.has(Key.SLACK_CLIENT_SECRET))
            out.add((s.has(Key.SLACK_CLIENT_ID) ? "SLACK_CLIENT_ID is set but SLACK_CLIENT_SECRET is not"
                    : "SLACK_CLIENT_SECRET is set but SLACK_CLIENT_ID is not") + ": set both (Basic Information -> App Credentials)");
        if (!s.slackDistributed()) {
            // Alone the pair is the dashboard's sign-in; with the OAuth mode's own settings it was meant as "Add to Slack".
            boolean oauthMeant = !s.has(Key.SLACK_BOT_TOKEN) && s.has(Key.SLACK_CLIENT_ID) && s.has(Key.SLACK_CLIENT_SECRET)
                    && (s.has(Key.LARGRUPP_SECRET_KEY) || s.has(Key.SLACK_REDIRECT_URI) || s.has(Key.SLACK_SCOPES));
            if (oauthMeant)
                out.add("SLACK_CLIENT_ID and SLACK_CLIENT_SECRET without SLACK_BOT_TOKEN select the OAuth mode, which needs "
                        + "SLACK_SIGNING_SECRET too");
            return;
        }
        int length = s.secretKey().map(String::length).orElse(0);
        if (length < se.largrupp.core.installations.TokenCipher.MIN_SECRET_LENGTH)
            out.add("the OAuth mode (SLACK_CLIENT_ID without SLACK_BOT_TOKEN) stores each workspace's token encrypted: set "
                    + "LARGRUPP_SECRET_KEY to a secret of at least " + se.largrupp.core.installations.TokenCipher.MIN_SECRET_LENGTH
                    + " characters (for example: openssl rand -base64 48), and keep it: the tokens cannot be read without it"
                    + (length > 0 ? " (it has " + length + ")" : ""));
        s.raw(Key.SLACK_REDIRECT_URI).filter(u -> !httpUrl(u) || !u.endsWith("/slack/oauth_redirect"))
                .ifPresent(u -> out.add("SLACK_REDIRECT_URI must be this server's https://YOUR-HOST/slack/oauth_redirect, "
                        + "as in the manifest's oauth_config.redirect_urls"));
    }

    private static void integer(Settings s, Key key, int min, int max, List<String> out) {
        s.raw(key).ifPresent(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n >= min && n <= max) return;
            } catch (NumberFormatException ignored) {
                // reported below
            }
            out.add(key.name() + " must be a whole number from " + min + " to " + max + ", was '" + v + "'");
        });
    }

    private static void bool(Settings s, Key key, List<String> out) {
        s.raw(key).filter(v -> !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false"))
                .ifPresent(v -> out.add(key.name() + " must be true or false, was '" + v + "'"));
    }

    private static boolean baseUrl(String u) {
        try {
            URI uri = new URI(u);
            return httpUrl(u) && uri.getHost() != null && !uri.getHost().isBlank() && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean httpUrl(String u) {
        try {
            String scheme = URI.create(u).getScheme();
            return "http".equals(scheme) || "https".equals(scheme);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
