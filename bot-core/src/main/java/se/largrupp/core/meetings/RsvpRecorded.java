package se.largrupp.core.meetings;

import java.time.Instant;
import se.largrupp.core.groups.GroupId;

/**
 * Called by the {@code rsvp} use case after it saved an answer, in the same transaction, so the quorum notice
 * (see {@link NoticeQuorum}) is written to the outbox together with the answer.
 */
public interface RsvpRecorded {
    void rsvpRecorded(GroupId group, Instant meetingStart);

    RsvpRecorded NONE = (group, start) -> {};
}
