package se.largrupp.slack;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Slack adapter needs from configuration.
 *
 * @param botToken      {@code SLACK_BOT_TOKEN} (xoxb-…)
 * @param signingSecret {@code SLACK_SIGNING_SECRET}; HTTP mode verifies every request with it
 * @param appToken      {@code SLACK_APP_TOKEN} (xapp-…); when present the adapter also connects in Socket Mode
 * @param apiUrl        {@code SLACK_API_URL}, the Web API base ending in {@code /}
 * @param commandNames  the slash commands routed to the core, {@code /lärgrupp} and {@code /largrupp} by default
 * @param departments   the choices of the join form's department field; empty: free text
 * @param oauth         the distributable app's OAuth settings; then there is no {@code botToken}, each workspace's
 *                      installation has its own
 */
public record SlackSettings(
        String botToken,
        String signingSecret,
        Optional<String> appToken,
        URI apiUrl,
        List<String> commandNames,
        List<String> departments,
        Optional<SlackOAuth> oauth) {

    public static final URI DEFAULT_API_URL = URI.create("https://slack.com/api/");
    public static final List<String> DEFAULT_COMMANDS = List.of("/lärgrupp", "/largrupp");

    public SlackSettings {
        Objects.requireNonNull(oauth, "oauth");
        if (oauth.isPresent()) {
            botToken = null;
            if (signingSecret == null || signingSecret.isBlank())
                throw new IllegalArgumentException("SLACK_SIGNING_SECRET is missing (the OAuth mode serves Slack over HTTP)");
        } else if (botToken == null || botToken.isBlank()) {
            throw new IllegalArgumentException("SLACK_BOT_TOKEN is missing");
        }
        Objects.requireNonNull(appToken, "appToken");
        if ((signingSecret == null || signingSecret.isBlank()) && appToken.isEmpty())
            throw new IllegalArgumentException("SLACK_SIGNING_SECRET is missing (needed unless SLACK_APP_TOKEN selects Socket Mode)");
        Objects.requireNonNull(apiUrl, "apiUrl");
        if (!apiUrl.toString().endsWith("/")) apiUrl = URI.create(apiUrl + "/");
        commandNames = List.copyOf(commandNames);
        if (commandNames.isEmpty()) throw new IllegalArgumentException("at least one slash command name is needed");
        departments = List.copyOf(departments);
    }

    /** One workspace, its bot token configured. */
    public SlackSettings(String botToken, String signingSecret, Optional<String> appToken, URI apiUrl,
            List<String> commandNames, List<String> departments) {
        this(botToken, signingSecret, appToken, apiUrl, commandNames, departments, Optional.empty());
    }

    /** HTTP mode with the defaults. */
    public static SlackSettings of(String botToken, String signingSecret) {
        return new SlackSettings(botToken, signingSecret, Optional.empty(), DEFAULT_API_URL, DEFAULT_COMMANDS, List.of());
    }

    /**
     * Reads {@code SLACK_BOT_TOKEN}, {@code SLACK_SIGNING_SECRET}, {@code SLACK_APP_TOKEN}, {@code SLACK_API_URL}, and
     * for the distributable app {@code SLACK_CLIENT_ID}, {@code SLACK_CLIENT_SECRET}, {@code SLACK_REDIRECT_URI},
     * {@code SLACK_SCOPES} (OAuth mode when the client id and secret are set and no bot token is).
     */
    public static SlackSettings fromEnvironment(java.util.Map<String, String> env) {
        boolean tokenSet = env.get("SLACK_BOT_TOKEN") != null && !env.get("SLACK_BOT_TOKEN").isBlank();
        return new SlackSettings(
                env.get("SLACK_BOT_TOKEN"),
                env.get("SLACK_SIGNING_SECRET"),
                Optional.ofNullable(env.get("SLACK_APP_TOKEN")).filter(s -> !s.isBlank()),
                Optional.ofNullable(env.get("SLACK_API_URL")).filter(s -> !s.isBlank()).map(URI::create).orElse(DEFAULT_API_URL),
                DEFAULT_COMMANDS,
                Optional.ofNullable(env.get("SLACK_DEPARTMENTS")).filter(s -> !s.isBlank())
                        .map(s -> java.util.Arrays.stream(s.split(",")).map(String::trim).filter(d -> !d.isEmpty()).toList())
                        .orElse(List.of()),
                tokenSet ? Optional.empty() : SlackOAuth.fromEnvironment(env));
    }

    public SlackSettings withApiUrl(URI url) {
        return new SlackSettings(botToken, signingSecret, appToken, url, commandNames, departments, oauth);
    }

    public SlackSettings withDepartments(List<String> list) {
        return new SlackSettings(botToken, signingSecret, appToken, apiUrl, commandNames, list, oauth);
    }

    /** A distributable app: each workspace installs it with OAuth and has its own token. */
    public boolean distributed() {
        return oauth.isPresent();
    }

    public boolean socketMode() {
        return appToken.isPresent();
    }

    /** Secrets stay out of logs. */
    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + apiUrl + ", commands=" + commandNames + ", socketMode=" + socketMode()
                + ", oauth=" + oauth.map(SlackOAuth::toString).orElse("off") + "]";
    }
}
