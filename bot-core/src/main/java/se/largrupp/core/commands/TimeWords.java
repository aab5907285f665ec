package se.largrupp.core.commands;

import java.time.DayOfWeek;
import java.time.Month;
import se.largrupp.core.groups.MeetingFormat;

/** The words of times, dates, lengths, cadences and meeting formats, in Swedish and English (see {@link Vocabulary}). */
final class TimeWords {
    private TimeWords() {}

    /** {@code pause until …}. */
    static final Keywords<Boolean> UNTIL = Keywords.<Boolean>builder()
            .en(true, "until", "to").sv(true, "till", "tills", "t.o.m.", "tom")
            .build();

    /** The optional word before a meeting's time: {@code at 12:00}, {@code kl 12}. */
    static final Keywords<Boolean> AT = Keywords.<Boolean>builder()
            .en(true, "at").sv(true, "kl", "kl.", "klockan")
            .build();

    /** Minutes per unit: {@code 45 min}, {@code 1 h}, {@code 2 timmar}. */
    static final Keywords<Integer> UNITS = Keywords.<Integer>builder()
            .both(1, "min", "m").en(1, "mins", "minute", "minutes").sv(1, "minut", "minuter")
            .both(60, "h").en(60, "hour", "hours").sv(60, "tim", "timme", "timmar")
            .build();

    static final Keywords<DayOfWeek> WEEKDAYS = Keywords.<DayOfWeek>builder()
            .en(DayOfWeek.MONDAY, "monday", "mon", "mondays").sv(DayOfWeek.MONDAY, "måndag", "mån", "måndagar")
            .en(DayOfWeek.TUESDAY, "tuesday", "tue", "tuesdays").sv(DayOfWeek.TUESDAY, "tisdag", "tis", "tisdagar")
            .en(DayOfWeek.WEDNESDAY, "wednesday", "wed", "wednesdays").sv(DayOfWeek.WEDNESDAY, "onsdag", "ons", "onsdagar")
            .en(DayOfWeek.THURSDAY, "thursday", "thu", "thursdays").sv(DayOfWeek.THURSDAY, "torsdag", "tor", "torsdagar")
            .en(DayOfWeek.FRIDAY, "friday", "fri", "fridays").sv(DayOfWeek.FRIDAY, "fredag", "fre", "fredagar")
            .en(DayOfWeek.SATURDAY, "saturday", "sat").sv(DayOfWeek.SATURDAY, "lördag", "lör")
            .en(DayOfWeek.SUNDAY, "sunday", "sun").sv(DayOfWeek.SUNDAY, "söndag", "sön")
            .build();

    static final Keywords<Month> MONTHS = Keywords.<Month>builder()
            .both(Month.JANUARY, "jan").en(Month.JANUARY, "january").sv(Month.JANUARY, "januari")
            .both(Month.FEBRUARY, "feb").en(Month.FEBRUARY, "february").sv(Month.FEBRUARY, "februari")
            .both(Month.MARCH, "mar").en(Month.MARCH, "march").sv(Month.MARCH, "mars")
            .both(Month.APRIL, "apr", "april")
            .en(Month.MAY, "may").sv(Month.MAY, "maj")
            .both(Month.JUNE, "jun").en(Month.JUNE, "june").sv(Month.JUNE, "juni")
            .both(Month.JULY, "jul").en(Month.JULY, "july").sv(Month.JULY, "juli")
            .both(Month.AUGUST, "aug").en(Month.AUGUST, "august").sv(Month.AUGUST, "augusti")
            .both(Month.SEPTEMBER, "sep", "sept", "september")
            .both(Month.OCTOBER, "oct", "okt").en(Month.OCTOBER, "october").sv(Month.OCTOBER, "oktober")
            .both(Month.NOVEMBER, "nov", "november")
            .both(Month.DECEMBER, "dec", "december")
            .build();

    static final Keywords<MeetingFormat> FORMATS = Keywords.<MeetingFormat>builder()
            .both(MeetingFormat.LUNCH, "lunch")
            .both(MeetingFormat.FIKA, "fika").en(MeetingFormat.FIKA, "coffee").sv(MeetingFormat.FIKA, "kaffe")
            .both(MeetingFormat.DIGITAL, "digital", "online").sv(MeetingFormat.DIGITAL, "digitalt")
            .en(MeetingFormat.WALK_AND_TALK, "walk", "walk-and-talk").sv(MeetingFormat.WALK_AND_TALK, "promenad", "promenadmöte")
            .build();

    /** How a cadence begins: 2 or 4 is the cadence itself, 0 means a number follows, -1 a cadence the programme lacks. */
    static final Keywords<Integer> CADENCE_START = Keywords.<Integer>builder()
            .en(2, "biweekly", "fortnightly").sv(2, "varannan")
            .en(0, "every").sv(0, "var")
            .en(-1, "weekly").sv(-1, "varje")
            .build();

    /** The number after {@code every} / {@code var}: {@code every other week}, {@code var fjärde vecka}. */
    static final Keywords<Integer> CADENCE_NUMBER = Keywords.<Integer>builder()
            .both(2, "2").en(2, "two", "other", "second", "2nd").sv(2, "annan", "andra", "2:a")
            .both(4, "4").en(4, "four", "fourth", "4th").sv(4, "fjärde", "fjarde", "4:e")
            .build();

    static final Keywords<Boolean> WEEK = Keywords.<Boolean>builder()
            .en(true, "week", "weeks", "wk", "wks").sv(true, "vecka", "veckor", "v")
            .build();
}
