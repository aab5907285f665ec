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
        if (w.accept("help") || w.accept("hjälp") || w.accept("hjalp") || w.accept("?")) return ParseResult.of(new Command.Help());
        if (w.accept("join") || w.accept("gå", "med") || w.accept("ga", "med")) return args.join(w);
        if (w.accept("leave") || w.accept("lämna") || w.accept("lamna")) return bare(w, new Command.Leave(), "leave");
        if (w.accept("pause") || w.accept("paus") || w.accept("pausa")) return args.pause(w, today);
        if (w.accept("resume") || w.accept("återuppta") || w.accept("ateruppta")) return bare(w, new Command.Resume(), "resume");
        if (w.accept("status")) return bare(w, new Command.Status(), "status");
        if (w.accept("schedule") || w.accept("schema")) return ScheduleArguments.schedule(w);
        if (w.accept("rsvp")) return args.rsvp(w);
        if (w.accept("kommer")) return bare(w, new Command.Rsvp(true), "rsvp");
        if (w.accept("kan", "inte", "komma") || w.accept("kan", "inte")) return bare(w, new Command.Rsvp(false), "rsvp");
        if (w.accept("skip") || w.accept("hoppa", "över") || w.accept("hoppa", "over")) return bare(w, new Command.Skip(), "skip");
        if (w.accept("start") || w.accept("starta")) return args.start(w);
        if (w.accept("next") || w.accept("nästa") || w.accept("nasta")) return bare(w, new Command.Next(), "next");
        if (w.accept("extend") || w.accept("förläng") || w.accept("forlang")) return args.extend(w);
        if (w.accept("hold") || w.accept("vänta") || w.accept("vanta")) return bare(w, new Command.Hold(), "hold");
        if (w.accept("continue") || w.accept("fortsätt") || w.accept("fortsatt")) return bare(w, new Command.Continue(), "continue");
        if (w.accept("stop") || w.accept("avsluta")) return bare(w, new Command.Stop(), "stop");
        if (w.accept("rules") || w.accept("spelregler") || w.accept("regler")) return bare(w, new Command.Rules(), "rules");
        if (w.accept("questions") || w.accept("frågor") || w.accept("fragor")) return bare(w, new Command.Questions(), "questions");
        if (w.accept("language") || w.accept("språk") || w.accept("sprak")) return language(w);
        if (w.accept("regroup") || w.accept("omgruppera")) return regroup(w);
        if (w.accept("stats") || w.accept("statistik")) return bare(w, new Command.Stats(), "stats");
        if (w.accept("forget", "me") || w.accept("glöm", "mig") || w.accept("glom", "mig")) return forget(w);
        if (w.accept("admin")) return args.admin(w);
        if (w.accept("calendar") || w.accept("kalender")) return bare(w, new Command.Calendar(), "calendar");
        if (w.accept("ny", "grupp") || w.accept("new", "group")) return groups.newGroup(w);
        if (w.accept("group") || w.accept("grupp")) return groups.group(w);
        if (w.accept("merge") || w.accept("slå", "ihop") || w.accept("sla", "ihop")) return groups.merge(w);
        if (w.accept("placement") || w.accept("placering")) return groups.placement(w);
        return ParseResult.refuse("commands.usage.help", "commands.refusal.unknown", excerpt(w.rawPeek()));
    }

    /** A command without arguments: anything after it is a mistake worth pointing out. */
    static ParseResult bare(Tokens w, Command command, String usage) {
        if (!w.done()) return ParseResult.refuse("commands.usage." + usage, "commands.refusal.unexpected", excerpt(w.rawPeek()));
        return ParseResult.of(command);
    }

    private ParseResult language(Tokens w) {
        Optional<Language> language = Vocabulary.lookup(Vocabulary.LANGUAGES, w.peek());
        if (language.isEmpty()) return ParseResult.refuse("commands.usage.language", "commands.refusal.badLanguage", excerpt(w.rawPeek()));
        w.skip(1);
        return bare(w, new Command.SetLanguage(language.get()), "language");
    }

    private ParseResult regroup(Tokens w) {
        Command.Regroup.Phase phase = Command.Regroup.Phase.PREVIEW;
        if (w.accept("apply") || w.accept("verkställ") || w.accept("verkstall")) phase = Command.Regroup.Phase.APPLY;
        else if (w.accept("cancel") || w.accept("avbryt")) phase = Command.Regroup.Phase.CANCEL;
        else if (w.accept("preview") || w.accept("förhandsgranska")) phase = Command.Regroup.Phase.PREVIEW;
        return bare(w, new Command.Regroup(phase), "regroup");
    }

    private ParseResult forget(Tokens w) {
        boolean confirmed = w.accept("confirm") || w.accept("bekräfta") || w.accept("bekrafta");
        return bare(w, new Command.ForgetMe(confirmed), "forget");
    }

    /** A short, safe quotation of what the user typed, for the refusal. */
    static String excerpt(String word) {
        int[] points = word.codePoints().limit(31).toArray();
        return points.length > 30 ? new String(points, 0, 30) + "…" : word;
    }
}
