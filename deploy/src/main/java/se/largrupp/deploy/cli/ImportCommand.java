package se.largrupp.deploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.largrupp.core.delivery.JdbcOutbox;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.orgchart.ApplyImport;
import se.largrupp.core.orgchart.ImportPlan;
import se.largrupp.core.orgchart.ImportProblem;
import se.largrupp.core.orgchart.OrgChart;
import se.largrupp.core.orgchart.PeopleByEmail;
import se.largrupp.core.orgchart.PlanImport;
import se.largrupp.core.storage.Database;
import se.largrupp.core.storage.JdbcLeaders;
import se.largrupp.deploy.config.Settings;
import se.largrupp.deploy.config.SettingsLoader;

/**
 * Imports HR's org chart into the configured database, for operators and nightly jobs: the same checks, preview and
 * Apply as a file sent to the bot in chat. E-mails are resolved with the settings {@code serve} uses. Exit codes like
 * {@code regroup}: 0 done (or previewed), 1 the file or the directory refused, 2 bad options or settings.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import the org chart from HR's CSV (email,name,department,manager_email[,timezone,location,not_with,sponsor]).")
public final class ImportCommand implements Callable<Integer> {
    static final int BAD_INPUT = 1;
    static final int BAD_OPTIONS = 2;

    @Spec CommandSpec spec;

    @Option(names = "--leaders", required = true, description = "HR's CSV file (UTF-8, separated by , or ;)")
    Path leaders;

    @Option(names = "--workspace", required = true, description = "where the people are: slack:<team id> or teams:<tenant id>")
    String workspace;

    @Option(names = "--dry-run", description = "show what would change, change nothing")
    boolean dryRun;

    @Option(names = "--invite", description = "send each newly invited person a private invitation with a Join button")
    boolean invite;

    @Option(names = "--config", paramLabel = "FILE", description = "a properties file with the environment's keys; the environment wins")
    Path config;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Optional<Workspace> ws = workspace();
        if (ws.isEmpty()) {
            err.println("import: --workspace must be slack:<team id> or teams:<tenant id>, for instance slack:T0123");
            return BAD_OPTIONS;
        }
        Settings settings = SettingsLoader.load(Optional.ofNullable(config), System.getenv());
        Optional<java.util.function.Function<Database, PeopleByEmail>> people = people(ws.get(), settings, err);
        if (people.isEmpty()) return BAD_OPTIONS;
        byte[] file;
        try {
            file = Files.readAllBytes(leaders);
        } catch (IOException e) {
            err.println("import: " + leaders.getFileName() + ": cannot be read (" + e.getClass().getSimpleName() + ")");
            return BAD_INPUT;
        }
        long started = System.nanoTime();
        Texts texts = new Texts();
        try (Database db = Database.open(settings.databaseUrl(), settings.databaseUser().orElse(null), settings.databasePassword().orElse(null))) {
            Clock clock = Clock.systemUTC();
            OrgChart orgChart = OrgChart.jdbc(db.jdbc(), new JdbcLeaders(db.jdbc(), clock), new JdbcOutbox(db.jdbc(), clock, db.isPostgres()),
                    db.transactions(), texts, clock, List.of(), Optional.of(new se.largrupp.core.storage.JdbcSponsors(db.jdbc(), clock)))
                    .invitingIn(w -> new se.largrupp.core.settings.JdbcWorkspaceSettings(db.jdbc(), settings.programmeDefaults())
                            .of(w).language());
            PeopleByEmail directory;
            try {
                directory = people.get().apply(db);
            } catch (RuntimeException e) {
                // The OAuth mode's stored tokens cannot be read: a missing or changed LARGRUPP_SECRET_KEY.
                err.println("import: " + e.getMessage());
                return BAD_OPTIONS;
            }
            PlanImport.Result result;
            try {
                result = orgChart.preview(ws.get(), file, directory);
            } catch (RuntimeException e) {
                // Slack away, rate limited past patience, a missing scope: a fault of the look-up, not of the file.
                err.println("import: the platform did not say who the addresses are: " + e.getMessage());
                return BAD_INPUT;
            }
            if (result instanceof PlanImport.Result.Refused refused) {
                for (ImportProblem p : refused.problems()) err.println("import: " + leaders.getFileName() + ": " + orgChart.messages().problem(Language.EN, p));
                err.println("import: nothing was changed");
                err.flush();
                return BAD_INPUT;
            }
            ImportPlan plan = ((PlanImport.Result.Planned) result).plan();
            report(out, orgChart, plan);
            if (dryRun) {
                out.printf("import: dry run, nothing was changed (%.2f s)%n", seconds(started));
                out.flush();
                return 0;
            }
            ApplyImport.Applied applied = orgChart.apply(plan);
            out.println(orgChart.messages().applied(Language.EN, applied));
            if (invite) out.println(texts.get(Language.EN, "orgchart.invited", orgChart.inviter().invite(ws.get(), Optional.empty())));
            out.printf("import: %d rows in %.2f s%n", plan.matched().size() + plan.notFound().size(), seconds(started));
            out.flush();
            return 0;
        }
    }

    private static void report(PrintWriter out, OrgChart orgChart, ImportPlan plan) {
        orgChart.messages().lines(Language.EN, plan).forEach(out::println);
        plan.notFound().forEach(n -> out.println("  not found: line " + n.line() + ": " + n.email()));
        plan.changes().forEach(c -> out.println("  change: " + orgChart.messages().change(Language.EN, c)));
        if (plan.hasSponsorColumn()) out.println("sponsors named in the file (added on apply): " + plan.sponsors().size());
    }

    private Optional<Workspace> workspace() {
        try {
            Workspace w = Workspace.parse(workspace.strip());
            return w.platform() == Platform.SANDBOX ? Optional.empty() : Optional.of(w);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Who the addresses are, asked with the workspace's token: the configured one, or in the OAuth mode its installation's. */
    private static Optional<java.util.function.Function<Database, PeopleByEmail>> people(Workspace ws, Settings settings, PrintWriter err) {
        if (ws.platform() == Platform.SLACK) {
            URI api = settings.raw(Settings.Key.SLACK_API_URL).map(URI::create).orElse(URI.create("https://slack.com/api/"));
            if (settings.slackDistributed())
                return Optional.of(db -> se.largrupp.deploy.Application.slackPeopleByEmail(settings, db, api));
            Optional<String> token = settings.raw(Settings.Key.SLACK_BOT_TOKEN);
            if (token.isEmpty()) {
                err.println("import: SLACK_BOT_TOKEN is not set (nor SLACK_CLIENT_ID and SLACK_CLIENT_SECRET of the OAuth mode); "
                        + "the Slack workspace is asked who the e-mail addresses are");
                return Optional.empty();
            }
            return Optional.of(db -> se.largrupp.deploy.Application.slackPeopleByEmail(token.get(), api));
        }
        Optional<PeopleByEmail> graph = settings.raw(Settings.Key.MICROSOFT_APP_TENANT_ID).filter(ws.id()::equalsIgnoreCase)
                .flatMap(t -> se.largrupp.deploy.Application.graphPeopleByEmail(settings));
        if (graph.isEmpty())
            err.println("import: a Teams tenant's addresses are resolved with Microsoft Graph (User.Read.All): set MICROSOFT_APP_ID, "
                    + "MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID (the tenant of --workspace), and GRAPH_API_URL / GRAPH_LOGIN_URL if not Microsoft's");
        return graph.map(g -> db -> g);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
