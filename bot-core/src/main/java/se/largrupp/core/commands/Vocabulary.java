package se.largrupp.core.commands;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.groups.MeetingFormat;
import se.largrupp.core.leaders.Language;

/** The Swedish and English words the parser understands, lower case. */
final class Vocabulary {
    private Vocabulary() {}

    static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY), Map.entry("mondays", DayOfWeek.MONDAY),
            Map.entry("måndag", DayOfWeek.MONDAY), Map.entry("mån", DayOfWeek.MONDAY), Map.entry("måndagar", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tuesdays", DayOfWeek.TUESDAY),
            Map.entry("tisdag", DayOfWeek.TUESDAY), Map.entry("tis", DayOfWeek.TUESDAY), Map.entry("tisdagar", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("wednesdays", DayOfWeek.WEDNESDAY),
            Map.entry("onsdag", DayOfWeek.WEDNESDAY), Map.entry("ons", DayOfWeek.WEDNESDAY), Map.entry("onsdagar", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thursdays", DayOfWeek.THURSDAY),
            Map.entry("torsdag", DayOfWeek.THURSDAY), Map.entry("tor", DayOfWeek.THURSDAY), Map.entry("torsdagar", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("fridays", DayOfWeek.FRIDAY),
            Map.entry("fredag", DayOfWeek.FRIDAY), Map.entry("fre", DayOfWeek.FRIDAY), Map.entry("fredagar", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("lördag", DayOfWeek.SATURDAY), Map.entry("lör", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY),
            Map.entry("söndag", DayOfWeek.SUNDAY), Map.entry("sön", DayOfWeek.SUNDAY));

    static final Map<String, MeetingFormat> FORMATS = Map.ofEntries(
            Map.entry("lunch", MeetingFormat.LUNCH),
            Map.entry("fika", MeetingFormat.FIKA), Map.entry("coffee", MeetingFormat.FIKA), Map.entry("kaffe", MeetingFormat.FIKA),
            Map.entry("digital", MeetingFormat.DIGITAL), Map.entry("digitalt", MeetingFormat.DIGITAL), Map.entry("online", MeetingFormat.DIGITAL),
            Map.entry("walk", MeetingFormat.WALK_AND_TALK), Map.entry("walk-and-talk", MeetingFormat.WALK_AND_TALK),
            Map.entry("promenad", MeetingFormat.WALK_AND_TALK), Map.entry("promenadmöte", MeetingFormat.WALK_AND_TALK));

    static final Map<String, Language> LANGUAGES = Map.of(
            "sv", Language.SV, "svenska", Language.SV, "swedish", Language.SV,
            "en", Language.EN, "engelska", Language.EN, "english", Language.EN);

    static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("january", Month.JANUARY), Map.entry("januari", Month.JANUARY),
            Map.entry("feb", Month.FEBRUARY), Map.entry("february", Month.FEBRUARY), Map.entry("februari", Month.FEBRUARY),
            Map.entry("mar", Month.MARCH), Map.entry("march", Month.MARCH), Map.entry("mars", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("april", Month.APRIL),
            Map.entry("may", Month.MAY), Map.entry("maj", Month.MAY),
            Map.entry("jun", Month.JUNE), Map.entry("june", Month.JUNE), Map.entry("juni", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("july", Month.JULY), Map.entry("juli", Month.JULY),
            Map.entry("aug", Month.AUGUST), Map.entry("august", Month.AUGUST), Map.entry("augusti", Month.AUGUST),
            Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER), Map.entry("september", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("okt", Month.OCTOBER), Map.entry("october", Month.OCTOBER), Map.entry("oktober", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER), Map.entry("november", Month.NOVEMBER),
            Map.entry("dec", Month.DECEMBER), Map.entry("december", Month.DECEMBER));

    /** Answers to an invitation, a merge offer or a proposal: yes or no, in both languages. */
    static final Map<String, Boolean> ANSWERS = Map.ofEntries(
            Map.entry("accept", true), Map.entry("yes", true), Map.entry("ja", true),
            Map.entry("decline", false), Map.entry("no", false), Map.entry("nej", false));

    /** An admin's decision on a proposed placement. */
    static final Map<String, Boolean> DECISIONS = Map.of("approve", true, "godkänn", true, "godkann", true, "skip", false);

    /** A self-started group's choice for the next regrouping: keep together, or mix in. */
    static final Map<String, Boolean> KEEP = Map.of("keep", true, "behåll", true, "behall", true, "mix", false, "blanda", false);

    static <T> Optional<T> lookup(Map<String, T> words, String word) {
        return Optional.ofNullable(words.get(word));
    }
}
