package se.largrupp.deploy;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The runnable jar: {@code serve} (the default) runs the bot; other subcommands are admin tools. */
@Command(name = "largrupp", mixinStandardHelpOptions = true,
        description = "Lärgrupp: the buddy of leaders' learning groups in Slack and Microsoft Teams.",
        subcommands = {
        })
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
