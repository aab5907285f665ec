package se.largrupp.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** For tests that run {@code serve} in child JVMs: a free port, starting one, waiting until it is ready, bounded polling. */
public final class ServeProcesses {
    private ServeProcesses() {}

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts {@code serve} with {@code env}, working in {@code home} and logging to {@code home/log.txt} (appended). */
    public static Process serve(Map<String, String> env, Path home) throws IOException {
        Files.createDirectories(home);
        return JavaProcess.main(env, List.of("-Dfile.encoding=UTF-8", "-Xmx256m", "-XX:TieredStopAtLevel=1"))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(java.lang.ProcessBuilder.Redirect.appendTo(home.resolve("log.txt").toFile()))
                .start();
    }

    public static boolean ready(int port) {
        try {
            return Http.get(port, "/readyz").statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    public static void awaitReady(int port) throws InterruptedException {
        eventually(() -> ready(port), Duration.ofSeconds(90));
    }

    public static void eventually(BooleanSupplier condition) throws InterruptedException {
        eventually(condition, Duration.ofSeconds(30));
    }

    /** Polls every 100 ms until {@code condition} holds; fails after {@code limit}. */
    public static void eventually(BooleanSupplier condition, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("not within " + limit);
            Thread.sleep(100);
        }
    }
}
