package se.largrupp.core.logging;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes a fault for the log without the values it carries. Exception messages often quote data — a database
 * error quotes the value that did not fit (a leader's name), a parser the text it could not read — so a log line
 * names each exception's type (and SQL state), and where in our own code it happened, never a message.
 */
public final class Faults {
    private static final String OURS = "se.largrupp.";
    private static final int MAX_CAUSES = 8;

    private Faults() {}

    /** e.g. {@code StorageException at core.storage.Jdbc.withConnection:64 <- JdbcSQLDataException [22001]}. */
    public static String describe(Throwable fault) {
        List<String> parts = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = fault; t != null && parts.size() < MAX_CAUSES && seen.put(t, true) == null; t = t.getCause()) {
            StringBuilder part = new StringBuilder(t.getClass().getSimpleName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) part.append(" [").append(sql.getSQLState()).append(']');
            ourFrame(t).ifPresent(f -> part.append(" at ").append(f));
            parts.add(part.toString());
        }
        return String.join(" <- ", parts);
    }

    private static java.util.Optional<String> ourFrame(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith(OURS)) {
                String cls = e.getClassName().substring(OURS.length());
                return java.util.Optional.of(cls + "." + e.getMethodName() + ":" + e.getLineNumber());
            }
        }
        return java.util.Optional.empty();
    }
}
