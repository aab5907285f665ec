package se.largrupp.deploy.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The server's configuration, read from environment variables (names as in DESIGN.md) or a properties file that
 * mirrors them. Values are raw strings here; {@link ConfigProblems} validates them and the typed getters assume a
 * validated instance.
 */
public final class Settings {
    public static final String DEFAULT_DATABASE_URL = se.largrupp.core.storage.Database.DEFAULT_URL;

    /** Every variable the server reads; those marked secret are never printed. */
    public enum Key {
        PORT(false), LARGRUPP_MANAGEMENT_PORT(false), LARGRUPP_BIND_ADDRESS(false),
        DATABASE_URL(false), DATABASE_USER(false), DATABASE_PASSWORD(true),
        LARGRUPP_CLUSTERED(false), LARGRUPP_TIME_SCALE(false), LARGRUPP_ADMINS(false), LARGRUPP_SPONSORS(false), LARGRUPP_SANDBOX(false),
        LARGRUPP_SHUTDOWN_GRACE_SECONDS(false), LARGRUPP_ARCHIVE_OLD_GROUPS(false), LARGRUPP_PLACEMENT(false),
        LARGRUPP_MANAGER_DEPTH(false), LARGRUPP_RETENTION_LEFT_DAYS(false), LARGRUPP_RETENTION_OUTBOX_DAYS(false),
        LARGRUPP_PUBLIC_URL(false), LARGRUPP_SECRET_KEY(true),
        SLACK_BOT_TOKEN(true), SLACK_SIGNING_SECRET(true), SLACK_APP_TOKEN(true), SLACK_API_URL(false), SLACK_DEPARTMENTS(false),
        SLACK_MANAGER_FIELD(false), SLACK_DEPARTMENT_FIELD(false),
        SLACK_CLIENT_ID(false), SLACK_CLIENT_SECRET(true), SLACK_REDIRECT_URI(false), SLACK_SCOPES(false),
        MICROSOFT_APP_ID(false), MICROSOFT_APP_PASSWORD(true), MICROSOFT_APP_TENANT_ID(false), TEAMS_CHANNEL_ID(false),
        TEAMS_DEV_MODE(false), TEAMS_GROUP_CHAT(false), TEAMS_SERVICE_URL(false), TEAMS_OPENID_METADATA_URL(false),
        GRAPH_API_URL(false), GRAPH_LOGIN_URL(false), GRAPH_CALENDAR_ORGANIZER(false);

        public final boolean secret;

        Key(boolean secret) {
            this.secret = secret;
        }
    }

    private final Function<Key, Optional<String>> source;

    private Settings(Function<Key, Optional<String>> source) {
        this.source = source;
    }

    /** Blank values count as unset, so {@code SLACK_BOT_TOKEN=} in a .env file means "no Slack". */
    public static Settings of(Map<String, String> values) {
        return new Settings(k -> Optional.ofNullable(values.get(k.name())).map(String::trim).filter(v -> !v.isEmpty()));
    }

    public Optional<String> raw(Key key) {
        return source.apply(key);
    }

    public boolean has(Key key) {
        return raw(key).isPresent();
    }

    public int port() {
        return raw(Key.PORT).map(Integer::parseInt).orElse(3000);
    }

    /** The port of {@code /metrics} (and a second {@code /healthz}, {@code /readyz}); none unless set. */
    public Optional<Integer> managementPort() {
        return raw(Key.LARGRUPP_MANAGEMENT_PORT).map(Integer::parseInt);
    }

    /** Where the server listens: as set; else only this machine for the sandbox, every interface otherwise. */
    public Optional<String> bindAddress() {
        return raw(Key.LARGRUPP_BIND_ADDRESS).or(() -> sandbox() ? Optional.of("127.0.0.1") : Optional.empty());
    }

    public String databaseUrl() {
        return raw(Key.DATABASE_URL).orElse(DEFAULT_DATABASE_URL);
    }

    public boolean isPostgres() {
        return databaseUrl().startsWith("jdbc:postgresql:");
    }

    public Optional<String> databaseUser() {
        return raw(Key.DATABASE_USER);
    }

    public Optional<String> databasePassword() {
        return raw(Key.DATABASE_PASSWORD);
    }

    public boolean clustered() {
        return raw(Key.LARGRUPP_CLUSTERED).map(Boolean::parseBoolean).orElse(false);
    }

    /** Archive the previous generation's group conversations when a regrouping is applied. */
    public boolean archiveOldGroups() {
        return raw(Key.LARGRUPP_ARCHIVE_OLD_GROUPS).map(Boolean::parseBoolean).orElse(false);
    }

    /** How newcomers are placed between regroupings: {@code auto} (default), {@code approve} or {@code off}. */
    public se.largrupp.core.continuity.PlacementMode placement() {
        return se.largrupp.core.continuity.PlacementMode.parse(raw(Key.LARGRUPP_PLACEMENT).orElse(null)).orElseThrow();
    }

    /** The programme settings of a workspace whose admins changed none: what this configuration says. */
    public se.largrupp.core.settings.ProgrammeSettings programmeDefaults() {
        List<String> departments = raw(Key.SLACK_DEPARTMENTS).map(v -> java.util.Arrays.stream(v.split(",")).map(String::trim)
                .filter(d -> !d.isEmpty()).toList()).orElse(List.of());
        int depth = raw(Key.LARGRUPP_MANAGER_DEPTH).map(Integer::parseInt).orElse(2);
        return new se.largrupp.core.settings.ProgrammeSettings(departments, se.largrupp.core.meetings.NudgeTimes.DEFAULT,
                Optional.empty(), depth, placement(), archiveOldGroups(), se.largrupp.core.leaders.Language.SV);
    }

    /** How far up the chain leaders are kept from their managers: 1, 2 (default) …, 0 for the whole chain. */
    public int managerDepth() {
        int depth = raw(Key.LARGRUPP_MANAGER_DEPTH).map(Integer::parseInt).orElse(2);
        return depth == 0 ? se.largrupp.core.regrouping.RegroupOptions.WHOLE_CHAIN : depth;
    }

    /** How long a leader who left is kept before being erased as {@code forget me} would (default 90 days). */
    public java.time.Duration keepLeftLeaders() {
        return raw(Key.LARGRUPP_RETENTION_LEFT_DAYS).map(Integer::parseInt).map(java.time.Duration::ofDays)
                .orElse(se.largrupp.core.Largrupp.DEFAULT_KEEP_LEFT);
    }

    /** How long a delivered or parked outbox row (names in it) is kept before deletion (default 7 days). */
    public java.time.Duration keepFinishedOutbox() {
        return raw(Key.LARGRUPP_RETENTION_OUTBOX_DAYS).map(Integer::parseInt).map(java.time.Duration::ofDays)
                .orElse(se.largrupp.core.delivery.OutboxSender.Options.defaults().keepFinished());
    }

    public double timeScale() {
        return raw(Key.LARGRUPP_TIME_SCALE).map(Double::parseDouble).orElse(1.0);
    }

    /** Platform user keys such as {@code slack:T1:U2}. */
    public List<String> admins() {
        return raw(Key.LARGRUPP_ADMINS).map(v -> List.of(v.split("\\s*,\\s*"))).orElse(List.of())
                .stream().filter(s -> !s.isBlank()).toList();
    }

    /** Entries of the same form as {@link #admins()}: the sponsors, who see the figures and nothing else. */
    public List<String> sponsors() {
        return raw(Key.LARGRUPP_SPONSORS).map(v -> List.of(v.split("\\s*,\\s*"))).orElse(List.of())
                .stream().filter(s -> !s.isBlank()).toList();
    }

    /** The server's public base URL without a trailing slash ({@code https://largrupp.example.se}), when set. */
    public Optional<String> publicUrl() {
        return raw(Key.LARGRUPP_PUBLIC_URL).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    public boolean slackConfigured() {
        return has(Key.SLACK_BOT_TOKEN) || slackDistributed();
    }

    /**
     * "Add to Slack": the client id and secret and the signing secret set, and no bot token; each workspace installs the
     * app with OAuth. The client id and secret alone (beside a bot token, or in the sandbox) are the dashboard's "Sign
     * in with Slack" only: no Slack events come without a signing secret.
     */
    public boolean slackDistributed() {
        return !has(Key.SLACK_BOT_TOKEN) && has(Key.SLACK_CLIENT_ID) && has(Key.SLACK_CLIENT_SECRET) && has(Key.SLACK_SIGNING_SECRET);
    }

    /** {@code LARGRUPP_SECRET_KEY}: what stored tokens are encrypted with. */
    public Optional<String> secretKey() {
        return raw(Key.LARGRUPP_SECRET_KEY);
    }

    public boolean teamsConfigured() {
        return has(Key.MICROSOFT_APP_ID) || raw(Key.TEAMS_DEV_MODE).map(Boolean::parseBoolean).orElse(false);
    }

    /** Every variable that is set, by name: what an adapter's own {@code fromEnvironment} reads. */
    public Map<String, String> asMap() {
        Map<String, String> out = new java.util.HashMap<>();
        for (Key k : Key.values()) raw(k).ifPresent(v -> out.put(k.name(), v));
        return out;
    }

    /** The Slack and Teams credentials that are set, by name. */
    public List<String> platformCredentials() {
        // Not the client id and secret: alone they sign people in to the dashboard (the sandbox's too); the OAuth mode
        // has the signing secret beside them.
        return java.util.stream.Stream.of(Key.SLACK_BOT_TOKEN, Key.SLACK_SIGNING_SECRET, Key.SLACK_APP_TOKEN,
                Key.MICROSOFT_APP_ID, Key.MICROSOFT_APP_PASSWORD).filter(this::has).map(Key::name).toList();
    }

    /**
     * The sandbox runs by default, or when asked for, and never beside a chat platform's credentials: its demo admin
     * and its time control must not reach a real workspace ({@link ConfigProblems} refuses asking for both).
     */
    public boolean sandbox() {
        return platformCredentials().isEmpty() && raw(Key.LARGRUPP_SANDBOX).map(Boolean::parseBoolean).orElse(true);
    }

    /**
     * The server's public base URL, which calendar links start with: as set, else this server's own address on
     * {@code port} (right for the sandbox and local runs; a deployment behind a proxy sets it).
     */
    public java.net.URI publicUrl(int port) {
        String host = bindAddress().filter(h -> !h.equals("0.0.0.0") && !h.equals("::")).orElse(sandbox() ? "127.0.0.1" : "localhost");
        String url = raw(Key.LARGRUPP_PUBLIC_URL).orElse("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/");
        return java.net.URI.create(url.endsWith("/") ? url : url + "/");
    }

    public int shutdownGraceSeconds() {
        return raw(Key.LARGRUPP_SHUTDOWN_GRACE_SECONDS).map(Integer::parseInt).orElse(20);
    }

    /** One line per variable that is set; secrets show only that they are set. */
    public List<String> describe() {
        return java.util.Arrays.stream(Key.values())
                .filter(this::has)
                .map(k -> k.name() + "=" + (k.secret ? "****" : redactUrl(raw(k).orElseThrow())))
                .toList();
    }

    // A JDBC URL may carry a password as a parameter: keep the URL, drop the parameter's value.
    private static String redactUrl(String value) {
        return value.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }
}
