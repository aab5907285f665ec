package se.largrupp.core.commands;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as leaders write them: {@code 2027-03-01}, {@code 1/3}, {@code 1/3/2027}, {@code 1 mars}, {@code march 1 2027}.
 * Without a year, the next such date from today on.
 */
final class DateParser {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|:e|:a|\\.)?,?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    Optional<LocalDate> parse(List<String> words, LocalDate today) {
        try {
            if (words.size() == 1) {
                Matcher iso = ISO.matcher(words.get(0));
                if (iso.matches()) return Optional.of(LocalDate.of(num(iso.group(1)), num(iso.group(2)), num(iso.group(3))));
                Matcher dm = DAY_MONTH.matcher(words.get(0));
                if (dm.matches()) return Optional.of(withYear(num(dm.group(1)), Month.of(num(dm.group(2))), dm.group(3), today));
                return Optional.empty();
            }
            if (words.size() == 2 || words.size() == 3) {
                String year = words.size() == 3 ? words.get(2) : null;
                if (year != null && !YEAR.matcher(year).matches()) return Optional.empty();
                Matcher day = DAY.matcher(words.get(0));
                String month = words.get(1).replace(",", "").replace(".", "");
                if (!day.matches()) { // "march 1"
                    day = DAY.matcher(words.get(1));
                    month = words.get(0).replace(",", "").replace(".", "");
                    if (!day.matches()) return Optional.empty();
                }
                Optional<Month> m = TimeWords.MONTHS.meaning(month);
                if (m.isEmpty()) return Optional.empty();
                return Optional.of(withYear(num(day.group(1)), m.get(), year, today));
            }
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty(); // 31 February and friends
        }
    }

    private static LocalDate withYear(int day, Month month, String year, LocalDate today) {
        if (year != null) return LocalDate.of(num(year), month, day);
        LocalDate candidate = LocalDate.of(today.getYear(), month, day);
        return candidate.isAfter(today) ? candidate : LocalDate.of(today.getYear() + 1, month, day);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
