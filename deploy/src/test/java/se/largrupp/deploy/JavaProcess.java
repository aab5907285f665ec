package se.largrupp.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts {@link Main} in its own JVM on the test classpath, with a chosen environment. */
public final class JavaProcess {
    private JavaProcess() {}

    public static ProcessBuilder main(Map<String, String> env, List<String> jvmArgs, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The production logging (deploy's logback.xml), not the quiet logback-test.xml of the core's test-jar.
        cmd.add("-Dlogback.configurationFile=logback.xml");
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        // A clean environment: nothing of the developer's own Slack or database settings leaks in.
        pb.environment().keySet().removeIf(k -> !k.equals("PATH") && !k.equals("HOME") && !k.equals("LANG"));
        pb.environment().putAll(env);
        return pb;
    }

    /** Runs to the end; returns exit code, stdout and stderr. */
    public static Result run(ProcessBuilder pb, Path dir) throws IOException, InterruptedException {
        File out = dir.resolve("out.txt").toFile();
        File err = dir.resolve("err.txt").toFile();
        Process p = pb.directory(dir.toFile()).redirectOutput(out).redirectError(err).start();
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("process did not end");
        }
        return new Result(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    public record Result(int exitCode, String stdout, String stderr) {}
}
