package se.largrupp.core.storage;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The settings an embedded H2 database needs under a server, added to whatever URL the operator gave (a setting
 * the URL already names is left as given).
 * <ul>
 *   <li>{@code DB_CLOSE_ON_EXIT=FALSE}: H2 otherwise closes the database in its own JVM shutdown hook, which runs
 *       beside ours, under the scheduler and the outbox sender that are still finishing their work.</li>
 *   <li>{@code WRITE_DELAY=0} (files): H2 writes commits to its file up to half a second late by default, so a killed
 *       process would lose its last commits (a round just started, a message just marked delivered).</li>
 *   <li>the {@code retry:} file system (files): with {@code WRITE_DELAY=0} the committing thread writes the file
 *       itself, and an interrupt during that write closes the file channel, after which H2 closes the whole
 *       database ({@code MVStoreException: Writing to …FileChannelImpl… failed}). Quartz interrupts its scheduler
 *       thread on every shutdown, also while it commits, and executors' {@code shutdownNow} interrupt workers.
 *       {@code retry:} reopens the channel and repeats the write.</li>
 * </ul>
 */
final class H2Urls {
    /** A path that starts with a file system of its own ({@code nio:}, {@code split:}, {@code retry:} …). */
    private static final Pattern FILE_SYSTEM = Pattern.compile("^[a-zA-Z]{2,}:.*");

    private H2Urls() {}

    static String forServer(String url) {
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:")) return url;
        boolean memory = url.startsWith("jdbc:h2:mem:");
        String out = memory ? url : retrying(url);
        if (!names(out, "DB_CLOSE_ON_EXIT")) out += ";DB_CLOSE_ON_EXIT=FALSE";
        if (!memory && !names(out, "WRITE_DELAY")) out += ";WRITE_DELAY=0";
        return out;
    }

    private static String retrying(String url) {
        String prefix = url.startsWith("jdbc:h2:file:") ? "jdbc:h2:file:" : "jdbc:h2:";
        String path = url.substring(prefix.length());
        return FILE_SYSTEM.matcher(path).matches() ? url : prefix + "retry:" + path;
    }

    private static boolean names(String url, String setting) {
        return url.toUpperCase(Locale.ROOT).contains(";" + setting + "=");
    }
}
