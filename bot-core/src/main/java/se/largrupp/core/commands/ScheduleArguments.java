package se.largrupp.core.commands;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.largrupp.core.groups.Cadence;
import se.largrupp.core.groups.MeetingFormat;

/** {@code schedule <weekday> <time> [cadence] [length] [format] [link]}, the parts after the time in any order. */
final class ScheduleArguments {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?");

    private ScheduleArguments() {}

    static ParseResult schedule(Tokens w) {
        var weekday = TimeWords.WEEKDAYS.meaning(w.peek());
        if (weekday.isEmpty())
            return w.done() ? ArgumentParsers.refuse("schedule", "commands.refusal.missingWeekday") : ArgumentParsers.refuse("schedule", "commands.refusal.badWeekday", w.rawPeek());
        w.skip(1);
        TimeWords.AT.accept(w); // an optional filler
        if (w.done()) return ArgumentParsers.refuse("schedule", "commands.refusal.missingTime");
        Optional<LocalTime> time = time(w.peek());
        if (time.isEmpty()) return ArgumentParsers.refuse("schedule", "commands.refusal.badTime", w.rawPeek());
        w.skip(1);
        Optional<Cadence> cadence = Optional.empty();
        Optional<Integer> minutes = Optional.empty();
        Optional<MeetingFormat> format = Optional.empty();
        Optional<URI> link = Optional.empty();
        while (!w.done()) {
            String word = w.peek();
            if (cadence.isEmpty() && Cadences.startsCadence(w)) {
                cadence = Cadences.read(w);
                if (cadence.isEmpty()) return ArgumentParsers.refuse("schedule", "commands.refusal.badCadence");
            } else if (minutes.isEmpty() && ArgumentParsers.AMOUNT.matcher(word).matches()) {
                Optional<Integer> m = duration(w);
                if (m.isEmpty()) return ArgumentParsers.refuse("schedule", "commands.refusal.badDuration", 15, 240);
                minutes = m;
            } else if (format.isEmpty() && TimeWords.FORMATS.has(word)) {
                format = TimeWords.FORMATS.accept(w);
            } else if (link.isEmpty() && (word.startsWith("http://") || word.startsWith("https://"))) {
                link = link(w.take());
                if (link.isEmpty()) return ArgumentParsers.refuse("schedule", "commands.refusal.badLink");
            } else {
                return ArgumentParsers.refuse("schedule", "commands.refusal.unexpected", w.rawPeek());
            }
        }
        return ParseResult.of(new Command.Schedule(weekday.get(), time.get(), cadence, minutes, format, link));
    }

    /** A meeting length, 15–240 minutes: "45", "45 min", "45min", "1 h", "2 timmar". */
    private static Optional<Integer> duration(Tokens w) {
        Matcher m = ArgumentParsers.AMOUNT.matcher(w.peek());
        if (!m.matches()) return Optional.empty();
        w.skip(1);
        Optional<Integer> unit = m.group(2).isEmpty() ? TimeWords.UNITS.accept(w).or(() -> Optional.of(1))
                : TimeWords.UNITS.meaning(m.group(2));
        if (unit.isEmpty()) return Optional.empty();
        int value = Integer.parseInt(m.group(1)) * unit.get();
        return value >= 15 && value <= 240 ? Optional.of(value) : Optional.empty();
    }

    static Optional<LocalTime> time(String word) {
        Matcher m = TIME.matcher(word);
        if (!m.matches()) return Optional.empty();
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) return Optional.empty();
        return Optional.of(LocalTime.of(hour, minute));
    }

    private static Optional<URI> link(String word) {
        if (word.length() > 500) return Optional.empty();
        try {
            URI uri = new URI(word);
            if (uri.getHost() == null || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))) return Optional.empty();
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
