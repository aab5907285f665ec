package se.largrupp.core.pulse;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.Rows;

/** The pulse in tables V92: {@code pulse_months} and {@code pulse_counts} for good, {@code pulse_windows} and {@code pulse_answered} for a day. */
public final class JdbcPulseStore implements PulseStore {
    private final Jdbc jdbc;

    public JdbcPulseStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void open(Window w) {
        if (window(w.pulse()).isEmpty())
            jdbc.update("INSERT INTO pulse_windows (pulse_id, workspace_key, period, closes_at, answered) VALUES (?, ?, ?, ?, ?)",
                    w.pulse(), w.workspace(), w.month(), w.closesAt(), w.answered());
    }

    @Override
    public Optional<Window> window(String pulse) {
        return jdbc.queryOne("SELECT pulse_id, workspace_key, period, closes_at, answered FROM pulse_windows WHERE pulse_id = ?",
                rs -> new Window(rs.getString(1), rs.getString(2), rs.getString(3), Rows.instant(rs, "closes_at"), rs.getBoolean(5)), pulse);
    }

    @Override
    public boolean markAnswered(String pulse, LeaderId leader, int question) {
        if (answered(pulse, leader).contains(question)) return false;
        jdbc.update("INSERT INTO pulse_answered (pulse_id, leader_key, question) VALUES (?, ?, ?)", pulse, leader.key(), question);
        return true;
    }

    @Override
    public Set<Integer> answered(String pulse, LeaderId leader) {
        return new HashSet<>(jdbc.query("SELECT question FROM pulse_answered WHERE pulse_id = ? AND leader_key = ?",
                rs -> rs.getInt(1), pulse, leader.key()));
    }

    @Override
    public void count(Window w, int question, int value) {
        if (!w.answered()) {
            jdbc.update("UPDATE pulse_windows SET answered = ? WHERE pulse_id = ?", true, w.pulse());
            if (jdbc.update("UPDATE pulse_months SET meetings = meetings + 1 WHERE workspace_key = ? AND period = ?", w.workspace(), w.month()) == 0)
                jdbc.update("INSERT INTO pulse_months (workspace_key, period, meetings) VALUES (?, ?, 1)", w.workspace(), w.month());
        }
        if (jdbc.update("UPDATE pulse_counts SET answers = answers + 1 WHERE workspace_key = ? AND period = ? AND question = ? AND answer = ?",
                w.workspace(), w.month(), question, value) == 0)
            jdbc.update("INSERT INTO pulse_counts (workspace_key, period, question, answer, answers) VALUES (?, ?, ?, ?, 1)",
                    w.workspace(), w.month(), question, value);
    }

    @Override
    public MonthFigures figures(String workspace, String month) {
        int meetings = jdbc.queryOne("SELECT meetings FROM pulse_months WHERE workspace_key = ? AND period = ?", rs -> rs.getInt(1),
                workspace, month).orElse(0);
        Map<Integer, Map<Integer, Integer>> counts = new TreeMap<>();
        jdbc.query("SELECT question, answer, answers FROM pulse_counts WHERE workspace_key = ? AND period = ?", rs -> {
            counts.computeIfAbsent(rs.getInt(1), q -> new TreeMap<>()).put(rs.getInt(2), rs.getInt(3));
            return null;
        }, workspace, month);
        return new MonthFigures(meetings, counts);
    }

    @Override
    public void close(String pulse) {
        jdbc.update("DELETE FROM pulse_answered WHERE pulse_id = ?", pulse);
        jdbc.update("DELETE FROM pulse_windows WHERE pulse_id = ?", pulse);
    }

    @Override
    public List<String> closedBefore(Instant now) {
        return jdbc.query("SELECT pulse_id FROM pulse_windows WHERE closes_at < ?", rs -> rs.getString(1), now);
    }

    @Override
    public void forget(LeaderId leader) {
        jdbc.update("DELETE FROM pulse_answered WHERE leader_key = ?", leader.key());
    }
}
