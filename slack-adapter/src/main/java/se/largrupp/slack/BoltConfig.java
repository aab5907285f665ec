package se.largrupp.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.AppConfig;
import se.largrupp.slack.listeners.unused.Ignored;

/** How the Bolt app is set up: one installed workspace, and a 200 for everything the app does not use. */
final class BoltConfig {
    private BoltConfig() {}

    static AppConfig of(Slack slack, String botToken, String signingSecret) {
        return AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(botToken)
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
