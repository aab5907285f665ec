package se.largrupp.core.pulse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.largrupp.core.leaders.LeaderId;

/**
 * The anonymous pulse after a meeting. Kept for good: counts per workspace and month only (how many meetings were
 * answered, how many answers of each value to each question), never a group or a person. Kept while a pulse is open
 * (24 hours): its window (a random id, the workspace, the month; no group) and who answered which question, so each
 * answers once. Both go when the window closes.
 */
public interface PulseStore {
    /** @param answered whether anyone answered yet: the meeting counts once, at its first answer */
    record Window(String pulse, String workspace, String month, Instant closesAt, boolean answered) {}

    /** @param meetings meetings with at least one answer; counts: question → answer (1–5) → how many */
    record MonthFigures(int meetings, Map<Integer, Map<Integer, Integer>> counts) {}

    void open(Window window);

    Optional<Window> window(String pulse);

    /** Records that the leader answered the question; false when they had already. */
    boolean markAnswered(String pulse, LeaderId leader, int question);

    Set<Integer> answered(String pulse, LeaderId leader);

    /** Adds one answer to the month's counts; the first answer to a pulse also counts its meeting. */
    void count(Window window, int question, int value);

    MonthFigures figures(String workspace, String month);

    /** The window closes: its flags and the window itself are deleted; the counts stay. */
    void close(String pulse);

    /** Windows that closed before {@code now} and are still stored. */
    List<String> closedBefore(Instant now);

    /** Forget me: the leader's "answered" flags. */
    void forget(LeaderId leader);
}
