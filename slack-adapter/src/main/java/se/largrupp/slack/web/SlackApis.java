package se.largrupp.slack.web;

import com.slack.api.Slack;

/** The Web API of each workspace: one client-side limiter for all, each workspace's calls with its own token. */
public final class SlackApis {
    private final Slack slack;
    private final WorkspaceTokens tokens;
    private final RateLimiter limiter;

    public SlackApis(Slack slack, WorkspaceTokens tokens, RateLimiter limiter) {
        this.slack = slack;
        this.tokens = tokens;
        this.limiter = limiter;
    }

    public SlackWebApi forTeam(String teamId) {
        return new SlackWebApi(slack, teamId, () -> tokens.forTeam(teamId), limiter);
    }

    public WorkspaceTokens tokens() {
        return tokens;
    }
}
