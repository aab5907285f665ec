package se.largrupp.core.insights;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * The figures of one month or of the current cycle (since the latest regrouping). Rates are whole percentages, empty
 * when there was nothing to measure.
 *
 * @param label       {@code 2027-03} for a month, {@code cycle} for the current cycle
 * @param joined      leaders who joined in the period
 * @param inProgramme leaders in the programme at its end (joined by then and not left)
 * @param groupsActive groups active at its end
 * @param planned     meeting occurrences in the period (held, skipped, or neither)
 * @param held        meetings held (a round ran, or the meeting was marked held)
 * @param skipped     meetings a group skipped
 * @param attendance  share of members present at held meetings
 * @param answerRate  share of invitations to past meetings that were answered
 */
public record Period(String label, Instant from, Instant to, int joined, int inProgramme, int groupsActive, int planned, int held,
                     int skipped, OptionalInt attendance, OptionalInt answerRate) {

    static OptionalInt percent(long part, long whole) {
        return whole == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100.0 * part / whole));
    }
}
