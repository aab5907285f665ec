package se.largrupp.core.commands;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.largrupp.core.leaders.Language;

/**
 * Every word the parser understands, lower case, in Swedish and English (ASCII spellings such as {@code ga med} count as
 * Swedish). Anyone may type either language; the tables say which language each word is, so a message can show a
 * reader the commands in their own language and a test can check that it does. A new synonym goes here.
 */
public final class Vocabulary {
    private Vocabulary() {}

    /** What the first words of a command ask for. */
    enum Verb {
        HELP, JOIN, LEAVE, PAUSE, RESUME, STATUS, SCHEDULE, RSVP, COMING, NOT_COMING, SKIP, START, NEXT, EXTEND, HOLD,
        CONTINUE, STOP, RULES, QUESTIONS, LANGUAGE, REGROUP, STATS, FORGET, ADMIN, CALENDAR, WHOAMI,
        NEW_GROUP, GROUP, MERGE, PLACEMENT, SPONSOR, ENCOURAGE, ORG_CHART, NEXT_PERSON, TEMPLATE, AGREE, PULSE, SETTINGS
    }

    static final Keywords<Verb> COMMANDS = Keywords.<Verb>builder()
            .en(Verb.HELP, "help").sv(Verb.HELP, "hjälp", "hjalp").both(Verb.HELP, "?")
            .en(Verb.JOIN, "join").sv(Verb.JOIN, "gå med", "ga med")
            .en(Verb.LEAVE, "leave").sv(Verb.LEAVE, "lämna", "lamna")
            .en(Verb.PAUSE, "pause").sv(Verb.PAUSE, "paus", "pausa")
            .en(Verb.RESUME, "resume").sv(Verb.RESUME, "återuppta", "ateruppta")
            .both(Verb.STATUS, "status")
            .en(Verb.SCHEDULE, "schedule").sv(Verb.SCHEDULE, "schema")
            .en(Verb.RSVP, "rsvp").sv(Verb.COMING, "kommer").sv(Verb.NOT_COMING, "kan inte", "kan inte komma")
            .en(Verb.SKIP, "skip").sv(Verb.SKIP, "hoppa över", "hoppa over")
            .en(Verb.START, "start").sv(Verb.START, "starta")
            .en(Verb.NEXT, "next").sv(Verb.NEXT, "nästa", "nasta")
            .en(Verb.NEXT_PERSON, "next person").sv(Verb.NEXT_PERSON, "nästa person", "nasta person")
            .en(Verb.TEMPLATE, "template").sv(Verb.TEMPLATE, "mall")
            .en(Verb.AGREE, "agree", "i agree").sv(Verb.AGREE, "jag lovar", "lovar", "instämmer", "instammer")
            .en(Verb.PULSE, "pulse").sv(Verb.PULSE, "puls")
            .en(Verb.EXTEND, "extend").sv(Verb.EXTEND, "förläng", "forlang")
            .en(Verb.HOLD, "hold").sv(Verb.HOLD, "vänta", "vanta")
            .en(Verb.CONTINUE, "continue").sv(Verb.CONTINUE, "fortsätt", "fortsatt")
            .en(Verb.STOP, "stop").sv(Verb.STOP, "avsluta")
            .en(Verb.RULES, "rules").sv(Verb.RULES, "spelregler", "regler")
            .en(Verb.QUESTIONS, "questions").sv(Verb.QUESTIONS, "frågor", "fragor")
            .en(Verb.LANGUAGE, "language").sv(Verb.LANGUAGE, "språk", "sprak")
            .en(Verb.REGROUP, "regroup").sv(Verb.REGROUP, "omgruppera")
            .en(Verb.STATS, "stats").sv(Verb.STATS, "statistik")
            .en(Verb.FORGET, "forget me").sv(Verb.FORGET, "glöm mig", "glom mig")
            .both(Verb.ADMIN, "admin")
            .en(Verb.CALENDAR, "calendar").sv(Verb.CALENDAR, "kalender")
            .en(Verb.WHOAMI, "whoami", "who am i", "who am i?")
            .sv(Verb.WHOAMI, "vem är jag", "vem är jag?", "vem ar jag", "vem ar jag?")
            .en(Verb.NEW_GROUP, "group new", "new group").sv(Verb.NEW_GROUP, "ny grupp", "grupp ny")
            .en(Verb.GROUP, "group").sv(Verb.GROUP, "grupp")
            .en(Verb.MERGE, "merge").sv(Verb.MERGE, "slå ihop", "sla ihop")
            .en(Verb.PLACEMENT, "placement").sv(Verb.PLACEMENT, "placering")
            .en(Verb.ORG_CHART, "orgchart", "org chart").sv(Verb.ORG_CHART, "organisationsschema", "orgschema", "importera")
            .both(Verb.SPONSOR, "sponsor")
            .en(Verb.ENCOURAGE, "encourage").sv(Verb.ENCOURAGE, "uppmuntra", "uppmuntran")
            .en(Verb.SETTINGS, "settings").sv(Verb.SETTINGS, "inställningar", "installningar")
            .build();

    /** The answer to "are you sure?": {@code forget me confirm}, {@code omgruppera ja}, {@code paus bekräfta}. */
    static final Keywords<Boolean> CONFIRM = Keywords.<Boolean>builder()
            .en(true, "confirm", "yes", "apply")
            .sv(true, "bekräfta", "bekrafta", "ja", "verkställ", "verkstall")
            .build();

    /** What may follow {@code regroup} besides a confirmation (which applies the preview). */
    static final Keywords<Command.Regroup.Phase> REGROUP_PHASES = Keywords.<Command.Regroup.Phase>builder()
            .en(Command.Regroup.Phase.CANCEL, "cancel").sv(Command.Regroup.Phase.CANCEL, "avbryt")
            .en(Command.Regroup.Phase.PREVIEW, "preview").sv(Command.Regroup.Phase.PREVIEW, "förhandsgranska", "forhandsgranska")
            .build();

    /** {@code calendar new link} / {@code kalender ny länk}: revoke the subscription link and make a new one. */
    static final Keywords<Boolean> NEW_LINK = Keywords.<Boolean>builder()
            .en(true, "new link", "new", "reset").sv(true, "ny länk", "ny lank", "ny")
            .build();

    /** What may follow {@code orgchart} besides a confirmation (which applies the preview). */
    static final Keywords<Command.OrgChart.Phase> ORG_CHART_PHASES = Keywords.<Command.OrgChart.Phase>builder()
            .en(Command.OrgChart.Phase.CANCEL, "cancel").sv(Command.OrgChart.Phase.CANCEL, "avbryt")
            .en(Command.OrgChart.Phase.INVITE, "invite").sv(Command.OrgChart.Phase.INVITE, "bjud in")
            .en(Command.OrgChart.Phase.SWAP, "swap").sv(Command.OrgChart.Phase.SWAP, "byt")
            .en(Command.OrgChart.Phase.IGNORE, "ignore").sv(Command.OrgChart.Phase.IGNORE, "ignorera")
            .build();

    /** {@code rsvp yes} / {@code rsvp no}. */
    static final Keywords<Boolean> ANSWERS = Keywords.<Boolean>builder()
            .en(true, "yes", "y").sv(true, "ja").en(false, "no", "n").sv(false, "nej")
            .build();

    /** Answers to an invitation, a merge offer or a proposal: {@code ny grupp ja}, {@code group decline}, {@code tacka ja}. */
    static final Keywords<Boolean> GROUP_ANSWERS = Keywords.<Boolean>builder()
            .en(true, "accept", "yes").sv(true, "ja", "tacka ja").en(false, "decline", "no").sv(false, "nej", "tacka nej")
            .build();

    /** An admin's decision on a proposed placement: {@code placering godkänn}, {@code placement skip}. */
    static final Keywords<Boolean> DECISIONS = Keywords.<Boolean>builder()
            .en(true, "approve").sv(true, "godkänn", "godkann").en(false, "skip").sv(false, "hoppa över", "hoppa over")
            .build();

    /** A self-started group's choice for the next regrouping: {@code grupp behåll}, {@code group mix}. */
    static final Keywords<Boolean> KEEP = Keywords.<Boolean>builder()
            .en(true, "keep").sv(true, "behåll", "behall").en(false, "mix").sv(false, "blanda")
            .build();

    /** {@code admin add} (true) / {@code admin remove} (false). */
    static final Keywords<Boolean> ADMIN_ACTIONS = Keywords.<Boolean>builder()
            .en(true, "add").sv(true, "lägg till", "lagg till").en(false, "remove").sv(false, "ta bort")
            .build();

    /** What may follow {@code encourage} instead of a message: {@code uppmuntra skicka}, {@code encourage cancel}. */
    static final Keywords<Command.Encourage.Phase> ENCOURAGE_PHASES = Keywords.<Command.Encourage.Phase>builder()
            .en(Command.Encourage.Phase.SEND, "send").sv(Command.Encourage.Phase.SEND, "skicka")
            .en(Command.Encourage.Phase.CANCEL, "cancel").sv(Command.Encourage.Phase.CANCEL, "avbryt")
            .build();

    static final Keywords<Language> LANGUAGES = Keywords.<Language>builder()
            .both(Language.SV, "sv").sv(Language.SV, "svenska").en(Language.SV, "swedish")
            .both(Language.EN, "en").sv(Language.EN, "engelska").en(Language.EN, "english")
            .build();

    /** Every table, for {@link #languagesOf}. */
    private static final List<Keywords<?>> ALL = List.of(COMMANDS, CONFIRM, REGROUP_PHASES, NEW_LINK, ORG_CHART_PHASES, ANSWERS,
            GROUP_ANSWERS, DECISIONS, KEEP, ADMIN_ACTIONS, ENCOURAGE_PHASES, LANGUAGES,
            TimeWords.UNTIL, TimeWords.AT, TimeWords.UNITS, TimeWords.WEEKDAYS, TimeWords.MONTHS, TimeWords.FORMATS,
            TimeWords.CADENCE_START, TimeWords.CADENCE_NUMBER, TimeWords.WEEK);

    /**
     * The languages a word of a command belongs to: one for {@code gå} or {@code every}, both for {@code status} or
     * {@code lunch}, none for what is not a keyword (names, departments, numbers, dates).
     */
    public static Set<Language> languagesOf(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        Set<Language> found = EnumSet.noneOf(Language.class);
        for (Keywords<?> table : ALL)
            for (Keywords.Entry<?> e : table.entries()) if (e.words().contains(w)) found.addAll(e.languages());
        return found;
    }

    /** The phrases that start a command ({@code gå med}, {@code next}, {@code status} …) and their languages. */
    public static java.util.Map<String, Set<Language>> commandPhrases() {
        java.util.Map<String, Set<Language>> out = new java.util.TreeMap<>();
        for (Keywords.Entry<Verb> e : COMMANDS.entries()) out.merge(String.join(" ", e.words()), e.languages(), (a, b) -> {
            Set<Language> both = EnumSet.copyOf(a);
            both.addAll(b);
            return both;
        });
        return out;
    }

    /** Whether the text starts with a command word (in either language): {@code gå med Ekonomi}, {@code next}. */
    public static boolean startsWithCommand(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return !t.isEmpty() && COMMANDS.accept(new Tokens(List.of(t.split("\\s+")))).isPresent();
    }
}
