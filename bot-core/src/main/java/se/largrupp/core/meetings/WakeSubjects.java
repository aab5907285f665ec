package se.largrupp.core.meetings;

import se.largrupp.core.groups.GroupId;

/**
 * Wake-up subjects of a group all start with {@code group:<id>:}, so dissolving or regrouping a group can drop every
 * one of them with one {@code cancelAll(WakeSubjects.groupPrefix(id))}. The trailing colon keeps {@code group:ab}
 * from matching {@code group:abc}.
 */
public final class WakeSubjects {
    private WakeSubjects() {}

    public static String groupPrefix(GroupId group) {
        return "group:" + group.value() + ":";
    }

    public static String nudge(GroupId group, NudgeKind kind) {
        return groupPrefix(group) + "nudge:" + kind.slug();
    }

    /** The group id in a subject made by this class. */
    public static GroupId group(String subject) {
        if (!subject.startsWith("group:")) throw new IllegalArgumentException("not a group subject: " + subject);
        String rest = subject.substring("group:".length());
        return new GroupId(rest.substring(0, rest.indexOf(':')));
    }

    /** The last segment of a subject, such as the nudge kind or the round id. */
    public static String last(String subject) {
        return subject.substring(subject.lastIndexOf(':') + 1);
    }
}
