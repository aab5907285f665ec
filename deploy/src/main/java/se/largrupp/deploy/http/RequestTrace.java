package se.largrupp.deploy.http;

import java.util.Optional;

/**
 * The command a request ran, when it ran on the request's own thread (sandbox, Teams), so the request's log line
 * can name it. Slack acks first and runs the command on another thread: there the command has its own line only.
 */
public final class RequestTrace {
    private static final ThreadLocal<String> COMMAND = new ThreadLocal<>();

    private RequestTrace() {}

    public static void command(String name) {
        COMMAND.set(name);
    }

    static Optional<String> takeCommand() {
        String name = COMMAND.get();
        COMMAND.remove();
        return Optional.ofNullable(name);
    }
}
