package se.largrupp.core.commands;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import se.largrupp.core.leaders.Language;

/**
 * Reads the text after {@code /lärgrupp} or the bot's mention, in Swedish or English, into a {@link Command}, or a
 * refusal that says what was wrong and shows the usage. Total: whatever the text, it returns and never throws.
 */
public final class CommandParser {
    public static final int MAX_LENGTH = 1000;

    private static final Pattern BROADCAST = Pattern.compile("<!(channel|here|everyone|subteam)[^>]*>|@(channel|here|everyone)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTION = Pattern.compile("<@([A-Za-z0-9._:-]{1,100})(\\|[^>]*)?>");
    private static final Pattern LINK = Pattern.compile("<(https?://[^|>\\s]+)(\\|[^>]*)?>");
    private static final Pattern BOT_NAMES = Pattern.compile("^[/@]?l[äa]rgrupp[:,]?$", Pattern.CASE_INSENSITIVE);

    private final ArgumentParsers args = new ArgumentParsers();
    private final GroupArguments groups = new GroupArguments();

    public ParseResult parse(String text, LocalDate today) {
        String t = text == null ? "" : text;
        if (t.length() > MAX_LENGTH) return ParseResult.refuse("commands.usage.help", "commands.refusal.tooLong", MAX_LENGTH);
        t = Normalizer.normalize(t, Normalizer.Form.NFC);
        // Slack escapes these three in the text of a slash command; mentions and links keep real angle brackets.
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        if (BROADCAST.matcher(t).find()) return ParseResult.refuse("commands.usage.help", "commands.refusal.broadcast");
        t = MENTION.matcher(t).replaceAll("<@$1>");
        t = LINK.matcher(t).replaceAll("$1");
        t = t.replace("<at>", " ").replace("</at>", " ");
        t = t.replaceAll("[\\p{Cntrl}\\p{Z}\\u200B-\\u200F\\u2060\\uFEFF]+", " ").strip();
        List<String> words = new ArrayList<>(t.isEmpty() ? List.of() : List.of(t.split(" ")));
        while (!words.isEmpty() && BOT_NAMES.matcher(words.get(0)).matches()) words.remove(0);
        return command(new Tokens(words), today);
    }

    private ParseResult command(Tokens w, LocalDate today) {
        if (w.done()) return ParseResult.of(new Command.Help());
        Optional<Vocabulary.Verb> verb = Vocabulary.COMMANDS.accept(w);
        if (verb.isEmpty()) return ParseResult.refuse("commands.usage.help", "commands.refusal.unknown", excerpt(w.rawPeek()));
        return switch (verb.get()) {
            case HELP -> ParseResult.of(new Command.Help());
            case JOIN -> args.join(w);
            case LEAVE -> bare(w, new Command.Leave(), "leave");
            case PAUSE -> args.pause(w, today);
            case RESUME -> bare(w, new Command.Resume(), "resume");
            case STATUS -> bare(w, new Command.Status(), "status");
            case SCHEDULE -> ScheduleArguments.schedule(w);
            case RSVP -> args.rsvp(w);
            case COMING -> bare(w, new Command.Rsvp(true), "rsvp");
            case NOT_COMING -> bare(w, new Command.Rsvp(false), "rsvp");
            case SKIP -> bare(w, new Command.Skip(), "skip");
            case START -> args.start(w);
            case NEXT -> bare(w, new Command.Next(), "next");
            case EXTEND -> args.extend(w);
            case HOLD -> bare(w, new Command.Hold(), "hold");
            case CONTINUE -> bare(w, new Command.Continue(), "continue");
            case STOP -> bare(w, new Command.Stop(), "stop");
            case RULES -> bare(w, new Command.Rules(), "rules");
            case QUESTIONS -> bare(w, new Command.Questions(), "questions");
            case LANGUAGE -> language(w);
            case REGROUP -> regroup(w);
            case STATS -> bare(w, new Command.Stats(), "stats");
            case FORGET -> bare(w, new Command.ForgetMe(Vocabulary.CONFIRM.accept(w).isPresent()), "forget");
            case ADMIN -> args.admin(w);
            case CALENDAR -> bare(w, new Command.Calendar(Vocabulary.NEW_LINK.accept(w).isPresent()), "calendar");
            case WHOAMI -> bare(w, new Command.WhoAmI(), "whoami");
            case NEW_GROUP -> groups.newGroup(w);
            case GROUP -> groups.group(w);
            case MERGE -> groups.merge(w);
            case PLACEMENT -> groups.placement(w);
            case ORG_CHART -> orgChart(w);
            case SPONSOR -> args.sponsor(w);
            case ENCOURAGE -> args.encourage(w);
            case NEXT_PERSON -> bare(w, new Command.NextPerson(), "nextPerson");
            case TEMPLATE -> ParseResult.of(new Command.Template(w.done() ? Optional.empty() : Optional.of(String.join(" ", w.rest()))));
            case AGREE -> bare(w, new Command.Agree(), "agree");
            case PULSE -> args.pulse(w);
            case SETTINGS -> args.settings(w);
        };
    }

    /** A command without arguments: anything after it is a mistake worth pointing out. */
    static ParseResult bare(Tokens w, Command command, String usage) {
        if (!w.done()) return ParseResult.refuse("commands.usage." + usage, "commands.refusal.unexpected", excerpt(w.rawPeek()));
        return ParseResult.of(command);
    }

    private ParseResult language(Tokens w) {
        Optional<Language> language = Vocabulary.LANGUAGES.meaning(w.peek());
        if (language.isEmpty()) return ParseResult.refuse("commands.usage.language", "commands.refusal.badLanguage", excerpt(w.rawPeek()));
        w.skip(1);
        return bare(w, new Command.SetLanguage(language.get()), "language");
    }

    /** {@code regroup} previews; any confirmation ({@code apply}, {@code verkställ}, {@code ja} …) applies. */
    private ParseResult regroup(Tokens w) {
        Command.Regroup.Phase phase = Vocabulary.CONFIRM.accept(w).map(yes -> Command.Regroup.Phase.APPLY)
                .or(() -> Vocabulary.REGROUP_PHASES.accept(w))
                .orElse(Command.Regroup.Phase.PREVIEW);
        return bare(w, new Command.Regroup(phase), "regroup");
    }

    /** Bare {@code orgchart} tells how to send the file; the preview's buttons add a phase and the preview's id. */
    private ParseResult orgChart(Tokens w) {
        if (w.done()) return ParseResult.of(new Command.OrgChart(Optional.empty(), Optional.empty()));
        Optional<Command.OrgChart.Phase> phase = Vocabulary.CONFIRM.accept(w).map(yes -> Command.OrgChart.Phase.APPLY)
                .or(() -> Vocabulary.ORG_CHART_PHASES.accept(w));
        if (phase.isEmpty() || w.done() || !GroupArguments.ID.matcher(w.peek()).matches())
            return ArgumentParsers.refuse("orgchart", w.done() ? "commands.refusal.missingArgument" : "commands.refusal.unexpected", w.rawPeek());
        String id = w.peek();
        w.skip(1);
        return bare(w, new Command.OrgChart(phase, Optional.of(id)), "orgchart");
    }

    /** A short, safe quotation of what the user typed, for the refusal. */
    static String excerpt(String word) {
        int[] points = word.codePoints().limit(31).toArray();
        return points.length > 30 ? new String(points, 0, 30) + "…" : word;
    }
}
