package se.largrupp.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.largrupp.deploy.config.ConfigProblems;
import se.largrupp.deploy.config.Settings;
import se.largrupp.deploy.config.SettingsLoader;

/** Runs the bot: validates the configuration, wires everything, serves until SIGTERM, then stops gracefully. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the bot's HTTP server (the default command). Configuration comes from environment variables.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file with the same keys as the environment variables; the environment wins.")
    Path config;

    @Override
    public Integer call() throws Exception {
        Settings settings = SettingsLoader.load(Optional.ofNullable(config), System.getenv());
        List<String> problems = ConfigProblems.of(settings);
        if (!problems.isEmpty()) {
            for (String p : problems) System.err.println("largrupp: configuration: " + p);
            return 2;
        }
        Logger log = LoggerFactory.getLogger(ServeCommand.class);
        log.info("configuration: {}", String.join(" ", settings.describe()));
        Application app;
        try {
            app = Application.start(settings);
        } catch (Exception e) {
            log.error("start failed: {}", e.toString(), e);
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
        app.awaitStop();
        return 0;
    }
}
