package se.largrupp.core.meetings;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import se.largrupp.core.i18n.Texts;
import se.largrupp.core.leaders.Language;

/** Dates as people read them in the group's zone: "torsdag 3 december 2026 kl. 12:00". */
public final class MeetingDates {
    private MeetingDates() {}

    public static String dateTime(Texts texts, Language language, ZonedDateTime at) {
        return texts.get(language, "meetings.datetime", date(language, at), time(language, at));
    }

    public static String date(Language language, ZonedDateTime at) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale()).format(at);
    }

    public static String time(Language language, ZonedDateTime at) {
        return DateTimeFormatter.ofPattern("HH:mm", language.locale()).format(at);
    }
}
