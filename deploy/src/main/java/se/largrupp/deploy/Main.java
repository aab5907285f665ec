package se.largrupp.deploy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The runnable jar: {@code serve} (the default) runs the bot; other subcommands are admin tools.
 *
 * <p>The JVM must run with UTF-8 as its default charset (Slack's request signatures are computed with it, and
 * Swedish text breaks otherwise). When started without it, Main relaunches itself once with
 * {@code -Dfile.encoding=UTF-8} and passes on its exit code, so {@code java -jar largrupp.jar} works however the
 * platform's locale is set; a relaunch that still is not UTF-8 stops with a clear message.
 */
@Command(name = "largrupp", mixinStandardHelpOptions = true,
        description = "Lärgrupp: the buddy of leaders' learning groups in Slack and Microsoft Teams.",
        subcommands = {
                ServeCommand.class,
                CharsetCommand.class,
                se.largrupp.deploy.cli.RegroupCommand.class,
                se.largrupp.deploy.cli.ImportCommand.class,
                se.largrupp.deploy.cli.PurgeCommand.class,
        })
public final class Main implements Runnable {
    private static final Set<String> TOP_LEVEL = Set.of("-h", "--help", "-V", "--version");

    public static void main(String[] args) {
        if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset())) {
            if (System.getProperty(Relaunch.MARKER) != null) {
                System.err.println("largrupp: the default charset is " + Charset.defaultCharset()
                        + ", not UTF-8; start the JVM with -Dfile.encoding=UTF-8 (or JAVA_TOOL_OPTIONS=-Dfile.encoding=UTF-8)");
                System.exit(2);
            }
            System.exit(Relaunch.withUtf8(Main.class, args));
        }
        System.exit(new CommandLine(new Main()).execute(withDefaultCommand(args)));
    }

    /** {@code serve} is the default: no arguments, or options only, mean {@code serve}. */
    static String[] withDefaultCommand(String[] args) {
        if (args.length > 0 && (!args[0].startsWith("-") || TOP_LEVEL.contains(args[0]))) return args;
        List<String> out = new ArrayList<>(List.of("serve"));
        out.addAll(List.of(args));
        return out.toArray(String[]::new);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
