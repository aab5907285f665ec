package se.largrupp.deploy;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** Starts this program again in a child JVM with UTF-8 as the default charset, and waits for it. */
final class Relaunch {
    static final String MARKER = "largrupp.relaunched";

    private Relaunch() {}

    static int withUtf8(Class<?> main, String[] args) {
        String java = ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        List<String> command = new ArrayList<>();
        command.add(java);
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments())
            if (!a.startsWith("-Dfile.encoding=") && !a.startsWith("-Dsun.jnu.encoding=")) command.add(a);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-D" + MARKER + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        System.err.println("largrupp: default charset is not UTF-8; restarting with -Dfile.encoding=UTF-8");
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            // SIGTERM to us goes on to the child, which then shuts down gracefully itself.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (child.isAlive()) {
                    child.destroy();
                    try {
                        child.waitFor();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, "relaunch-forward"));
            return child.waitFor();
        } catch (Exception e) {
            System.err.println("largrupp: could not restart with UTF-8 (" + e.getMessage()
                    + "); start the JVM with -Dfile.encoding=UTF-8");
            return 2;
        }
    }
}
