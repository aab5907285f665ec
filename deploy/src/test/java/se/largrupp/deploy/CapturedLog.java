package se.largrupp.deploy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * What is logged at the production level ({@code INFO}) while it is open, with key-value pairs and exceptions
 * (classes, messages, causes) as they would print.
 */
public final class CapturedLog implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level level = root.getLevel();
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    public CapturedLog() {
        events.start();
        root.addAppender(events);
        root.setLevel(Level.INFO);
    }

    /** All of it as text: messages, key-value pairs, exception classes, messages and causes. */
    public String text() {
        synchronized (events) { // the appender appends under this lock
            return events.list.stream().map(CapturedLog::line).collect(Collectors.joining("\n"));
        }
    }

    private static String line(ILoggingEvent e) {
        StringBuilder s = new StringBuilder(e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage());
        if (e.getKeyValuePairs() != null) e.getKeyValuePairs().forEach(p -> s.append(' ').append(p.key).append('=').append(p.value));
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) s.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        return s.toString();
    }

    @Override
    public void close() {
        root.setLevel(level);
        root.detachAppender(events);
    }
}
