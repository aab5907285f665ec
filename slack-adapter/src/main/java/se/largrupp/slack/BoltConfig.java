package se.largrupp.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.AppConfig;
import se.largrupp.slack.listeners.unused.Ignored;

/** How the Bolt app is set up: one installed workspace or OAuth, and a 200 for everything the app does not use. */
final class BoltConfig {
    private BoltConfig() {}

    static AppConfig of(Slack slack, String botToken, String signingSecret) {
        return common(AppConfig.builder().singleTeamBotToken(botToken), slack, signingSecret);
    }

    /**
     * The distributable app: no token of its own, Bolt's OAuth flow at {@code /slack/install} and
     * {@code /slack/oauth_redirect}, every setting given here rather than read by Bolt from the environment.
     */
    static AppConfig distributed(Slack slack, String signingSecret, SlackOAuth oauth) {
        return common(AppConfig.builder()
                .singleTeamBotToken(null)
                .clientId(oauth.clientId())
                .clientSecret(oauth.clientSecret())
                .redirectUri(oauth.redirectUri().orElse(null))
                .scope(oauth.scopes())
                .userScope(null)
                .appPath("/slack")
                .oauthInstallPath("/install")
                .oauthStartPath("/install")
                .oauthRedirectUriPath("/oauth_redirect")
                .oauthCallbackPath("/oauth_redirect")
                .oauthCompletionUrl(null)
                .oauthCancellationUrl(null)
                .stateValidationEnabled(true), slack, signingSecret);
    }

    private static AppConfig common(AppConfig.AppConfigBuilder builder, Slack slack, String signingSecret) {
        return builder
                .slack(slack)
                .signingSecret(signingSecret)
                // SlackEventsServlet checks the signature on the raw bytes before anything parses the body.
                .requestVerificationEnabled(false)
                // Bolt otherwise calls auth.test on every request: a round trip to Slack before each ack.
                .authTestCacheEnabled(true)
                // Every event and message subtype without a listener is acked (200), not answered 404 and retried.
                .allEventsApiAutoAckEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                // The listeners skip bot posts themselves; this middleware would call bots.info before the ack.
                .ignoringSelfEventsEnabled(false)
                // The last net (a slash command of another app, a press of several actions at once): 200, not 404.
                .unmatchedRequestHandler(new Ignored())
                .build();
    }
}
