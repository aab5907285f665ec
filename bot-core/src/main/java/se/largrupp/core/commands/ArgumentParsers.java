package se.largrupp.core.commands;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.largrupp.core.leaders.Language;

/** The argument forms of the commands that take arguments. */
final class ArgumentParsers {
    static final Pattern USER_REF = Pattern.compile("<@[A-Za-z0-9._:-]{1,100}>|[UW][A-Z0-9]{6,20}|29:[A-Za-z0-9_-]{6,200}"
            + "|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    /** Free text such as a department: Latin letters (å, ä, ö, é …), digits and a little punctuation. */
    private static final Pattern FREE_WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}&/().,'’-]{1,80}");
    private static final Pattern NAME = Pattern.compile("@?[\\p{IsLatin}][\\p{IsLatin}.'’-]{0,39}");
    static final Pattern AMOUNT = Pattern.compile("(\\d{1,3})([a-zåäö]*)");
    static final int MAX_DEPARTMENT = 80;
    static final int MAX_PRESENT = 8;

    private final DateParser dates = new DateParser();

    ParseResult join(Tokens w) {
        List<String> department = new ArrayList<>();
        Optional<String> manager = Optional.empty();
        Optional<Language> language = Optional.empty();
        while (!w.done()) {
            if (Vocabulary.COMMANDS.meaning(w.peek()).filter(v -> v == Vocabulary.Verb.LANGUAGE).isPresent()
                    && Vocabulary.LANGUAGES.has(w.peek(1))) {
                if (language.isPresent()) return refuse("join", "commands.refusal.unexpected", w.rawPeek());
                language = Vocabulary.LANGUAGES.meaning(w.peek(1));
                w.skip(2);
                continue;
            }
            String word = w.take();
            if (USER_REF.matcher(word).matches()) {
                if (manager.isPresent()) return refuse("join", "commands.refusal.oneManager");
                manager = Optional.of(word);
            } else if (FREE_WORD.matcher(word).matches()) {
                department.add(word);
            } else {
                return refuse("join", "commands.refusal.badText", word);
            }
        }
        String dept = String.join(" ", department);
        if (dept.length() > MAX_DEPARTMENT) return refuse("join", "commands.refusal.tooLongField", MAX_DEPARTMENT);
        return ParseResult.of(new Command.Join(dept.isEmpty() ? Optional.empty() : Optional.of(dept), manager, language));
    }

    /** {@code pause [until <date>] [confirm]}: the confirmation answers the question asked in a group's conversation. */
    ParseResult pause(Tokens w, LocalDate today) {
        if (w.done()) return ParseResult.of(new Command.Pause(Optional.empty()));
        if (Vocabulary.CONFIRM.accept(w).isPresent()) return CommandParser.bare(w, new Command.Pause(Optional.empty(), true), "pause");
        if (TimeWords.UNTIL.accept(w).isEmpty()) {
            if (!Character.isDigit(w.peek().isEmpty() ? 'x' : w.peek().charAt(0)) && !TimeWords.MONTHS.has(w.peek()))
                return refuse("pause", "commands.refusal.unexpected", w.rawPeek());
        }
        List<String> rest = w.rest().stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
        boolean confirmed = !rest.isEmpty() && Vocabulary.CONFIRM.has(rest.get(rest.size() - 1));
        if (confirmed) rest = rest.subList(0, rest.size() - 1);
        Optional<LocalDate> date = dates.parse(rest, today);
        if (date.isEmpty()) return refuse("pause", "commands.refusal.badDate", String.join(" ", rest));
        if (!date.get().isAfter(today)) return refuse("pause", "commands.refusal.pastDate", date.get().toString());
        if (date.get().isAfter(today.plusYears(2))) return refuse("pause", "commands.refusal.farDate", date.get().toString());
        return ParseResult.of(new Command.Pause(date, confirmed));
    }

    ParseResult rsvp(Tokens w) {
        Optional<Boolean> coming = Vocabulary.ANSWERS.accept(w);
        if (coming.isPresent()) return CommandParser.bare(w, new Command.Rsvp(coming.get()), "rsvp");
        return w.done() ? refuse("rsvp", "commands.refusal.missingAnswer") : refuse("rsvp", "commands.refusal.unexpected", w.rawPeek());
    }

    ParseResult start(Tokens w) {
        Optional<Integer> minutes = Optional.empty();
        if (!w.done() && Character.isDigit(w.peek().charAt(0))) {
            minutes = minutesEach(w);
            if (minutes.isEmpty()) return refuse("start", "commands.refusal.badMinutes", 1, 60);
        }
        List<String> present = new ArrayList<>();
        while (!w.done()) {
            String word = w.take();
            if (!(USER_REF.matcher(word).matches() || NAME.matcher(word).matches())) return refuse("start", "commands.refusal.badName", word);
            present.add(word);
        }
        if (present.size() > MAX_PRESENT) return refuse("start", "commands.refusal.tooMany", MAX_PRESENT);
        return ParseResult.of(new Command.Start(minutes, present));
    }

    /** {@code pulse <id> <question 1–3> <answer 1–5>}, as the pulse's buttons write it. */
    ParseResult pulse(Tokens w) {
        if (w.remaining() != 3 || !w.peek(1).matches("[1-3]") || !w.peek(2).matches("[1-5]") || !w.peek().matches("[A-Za-z0-9-]{1,64}"))
            return refuse("pulse", "commands.refusal.badPulse");
        String id = w.take();
        int question = Integer.parseInt(w.take());
        return ParseResult.of(new Command.Pulse(id, question, Integer.parseInt(w.take())));
    }

    ParseResult extend(Tokens w) {
        if (w.done()) return ParseResult.of(new Command.Extend(Optional.empty()));
        Optional<Integer> minutes = minutesEach(w);
        if (minutes.isEmpty()) return refuse("extend", "commands.refusal.badMinutes", 1, 60);
        return CommandParser.bare(w, new Command.Extend(minutes), "extend");
    }

    ParseResult admin(Tokens w) {
        return role(w, "admin", Command.Admin::new);
    }

    ParseResult sponsor(Tokens w) {
        return role(w, "sponsor", Command.Sponsor::new);
    }

    /** {@code admin add @person}, {@code sponsor ta bort @person}. */
    private ParseResult role(Tokens w, String usage, java.util.function.BiFunction<Boolean, String, Command> command) {
        Optional<Boolean> action = Vocabulary.ADMIN_ACTIONS.accept(w);
        if (action.isEmpty())
            return refuse(usage, w.done() ? "commands.refusal.missingArgument" : "commands.refusal.unexpected", w.rawPeek());
        boolean add = action.get();
        if (w.done()) return refuse(usage, "commands.refusal.missingUser");
        String who = w.take();
        if (!(USER_REF.matcher(who).matches() || USER_ID.matcher(who).matches())) return refuse(usage, "commands.refusal.badUser", who);
        return CommandParser.bare(w, command.apply(add, who), usage);
    }

    /** {@code settings} alone shows them; {@code settings <name> <value…>} changes one (the use case reads both). */
    ParseResult settings(Tokens w) {
        if (w.done()) return ParseResult.of(Command.Settings.show());
        String name = w.take();
        return ParseResult.of(new Command.Settings(Optional.of(name), String.join(" ", w.rest())));
    }

    /** The longest message of support a sponsor may send. */
    static final int MAX_ENCOURAGEMENT = 500;

    /** {@code encourage <message>} previews it; {@code encourage send} / {@code uppmuntra avbryt} alone decide. */
    ParseResult encourage(Tokens w) {
        if (w.done()) return refuse("encourage", "commands.refusal.missingArgument");
        if (w.remaining() == 1) {
            Optional<Command.Encourage.Phase> phase = Vocabulary.ENCOURAGE_PHASES.meaning(w.peek());
            if (phase.isPresent()) return ParseResult.of(new Command.Encourage(phase.get(), ""));
        }
        String text = String.join(" ", w.rest());
        if (text.codePointCount(0, text.length()) > MAX_ENCOURAGEMENT)
            return refuse("encourage", "commands.refusal.encourageTooLong", MAX_ENCOURAGEMENT);
        return ParseResult.of(new Command.Encourage(Command.Encourage.Phase.DRAFT, text));
    }

    /** Minutes per person or extra minutes: 1–60, optionally followed by a minute unit. */
    private Optional<Integer> minutesEach(Tokens w) {
        Matcher m = AMOUNT.matcher(w.peek());
        if (!m.matches() || !(m.group(2).isEmpty() || isMinuteUnit(m.group(2)))) return Optional.empty();
        w.skip(1);
        if (m.group(2).isEmpty() && isMinuteUnit(w.peek())) w.skip(1);
        int value = Integer.parseInt(m.group(1));
        return value >= 1 && value <= 60 ? Optional.of(value) : Optional.empty();
    }

    private static boolean isMinuteUnit(String word) {
        return TimeWords.UNITS.meaning(word).filter(perUnit -> perUnit == 1).isPresent();
    }

    static ParseResult refuse(String usage, String key, Object... args) {
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) safe[i] = args[i] instanceof String s ? CommandParser.excerpt(s) : args[i];
        return ParseResult.refuse("commands.usage." + usage, key, safe);
    }
}
