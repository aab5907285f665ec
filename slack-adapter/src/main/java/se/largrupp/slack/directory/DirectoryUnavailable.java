package se.largrupp.slack.directory;

/** Slack did not answer who the addresses are (away, rate limited past patience, a missing scope): a fault, not a refusal. */
public final class DirectoryUnavailable extends RuntimeException {
    public DirectoryUnavailable(String message) {
        super(message);
    }
}
