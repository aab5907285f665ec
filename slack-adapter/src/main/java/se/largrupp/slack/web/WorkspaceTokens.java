package se.largrupp.slack.web;

import java.util.Optional;

/** Which token acts in a workspace: the one configured token, or the workspace's installation. */
@FunctionalInterface
public interface WorkspaceTokens {
    Optional<BotToken> forTeam(String teamId);

    /** Single-workspace mode: {@code SLACK_BOT_TOKEN} for every workspace the adapter serves. */
    static WorkspaceTokens single(String token) {
        Optional<BotToken> only = Optional.of(new BotToken(token, false));
        return team -> only;
    }
}
