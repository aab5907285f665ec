package se.largrupp.core.meetings.calendar;

import se.largrupp.core.groups.GroupId;

/**
 * The SEQUENCE of each group's calendar event. Calendar apps replace an event with the same UID only when its
 * SEQUENCE grew, so it is bumped whenever the booking the file is made from differs from last time.
 */
public interface CalendarVersions {
    /** The sequence for the booking with this fingerprint: the stored one if unchanged, else one higher (stored). */
    int sequenceFor(GroupId group, String fingerprint);
}
