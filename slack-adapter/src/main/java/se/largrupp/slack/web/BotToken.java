package se.largrupp.slack.web;

/**
 * The token the bot acts with in a workspace; {@code organisationWide} for the token of an Enterprise Grid install,
 * which some methods must be told the workspace for.
 */
public record BotToken(String token, boolean organisationWide) {
    /** Tokens stay out of logs. */
    @Override
    public String toString() {
        return "BotToken[organisationWide=" + organisationWide + "]";
    }
}
