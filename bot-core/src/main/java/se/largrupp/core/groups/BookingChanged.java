package se.largrupp.core.groups;

/**
 * Told when a group's standing booking was set or changed, inside the same transaction, so the meetings feature
 * can re-plan the group's wake-ups (nudges, quorum checks). Implemented by the meetings feature.
 */
@FunctionalInterface
public interface BookingChanged {
    void bookingChanged(LearningGroup group);
}
