package se.largrupp.core.commands;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Leaders;

/** How dates and people are written in replies. */
public final class Formats {
    private Formats() {}

    /** "tisdag 19 januari 12:00" / "Tuesday 19 January 12:00". */
    public static String meetingTime(ZonedDateTime at, Language language) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", language.locale()).format(at);
    }

    public static String name(Leaders leaders, LeaderId id) {
        return leaders.find(id).map(Leader::displayName).orElse(id.user());
    }

    /** The language of a message to the whole group: the one rule, {@link Language#forGroup}. */
    public static Language groupLanguage(Leaders leaders, LearningGroup group) {
        return Language.forGroup(group.members().stream().map(leaders::find).flatMap(Optional::stream).toList());
    }
}
