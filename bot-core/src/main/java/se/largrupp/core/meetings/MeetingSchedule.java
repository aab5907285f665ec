package se.largrupp.core.meetings;

import se.largrupp.core.groups.GroupId;

/**
 * What the meeting schedule needs to hear from the use cases that change groups (the core's {@code schedule},
 * {@code leave}, pause and dissolve, the regrouper). Implemented by {@link PlanNudges}.
 */
public interface MeetingSchedule {
    /** The group's booking, members or status changed: plan its wake-ups again (or drop them when it has none). */
    void rescheduled(GroupId group);

    /** The group is gone (dissolved): drop every wake-up of it. */
    void removed(GroupId group);

    MeetingSchedule NONE = new MeetingSchedule() {
        public void rescheduled(GroupId group) {}
        public void removed(GroupId group) {}
    };
}
