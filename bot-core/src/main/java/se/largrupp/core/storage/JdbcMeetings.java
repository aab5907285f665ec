package se.largrupp.core.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.MeetingStatus;
import se.largrupp.core.meetings.Meetings;
import se.largrupp.core.meetings.Rsvp;

/** Meeting occurrences in {@code meetings}, keyed by group and start instant; answers in {@code rsvps}. */
public final class JdbcMeetings implements Meetings {
    private final Jdbc jdbc;
    private final JdbcTransactions transactions;

    public JdbcMeetings(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.transactions = new JdbcTransactions(jdbc);
    }

    @Override
    public Optional<Meeting> find(GroupId group, Instant startsAt) {
        Optional<MeetingStatus> status = jdbc.queryOne("SELECT status FROM meetings WHERE group_id = ? AND starts_at = ?",
                rs -> MeetingStatus.valueOf(rs.getString("status")), group.value(), startsAt);
        if (status.isEmpty()) return Optional.empty();
        Map<LeaderId, Rsvp> answers = new LinkedHashMap<>();
        jdbc.query("SELECT leader_key, answer FROM rsvps WHERE group_id = ? AND starts_at = ? ORDER BY leader_key",
                        JdbcMeetings::answer, group.value(), startsAt)
                .forEach(a -> answers.put(a.leader, a.answer));
        return Optional.of(new Meeting(group, startsAt, answers, status.get()));
    }

    @Override
    public void save(Meeting meeting) {
        String group = meeting.group().value();
        transactions.inTransaction(() -> {
            int updated = jdbc.update("UPDATE meetings SET status = ? WHERE group_id = ? AND starts_at = ?",
                    meeting.status(), group, meeting.startsAt());
            if (updated == 0) {
                jdbc.update("INSERT INTO meetings (group_id, starts_at, status) VALUES (?, ?, ?)",
                        group, meeting.startsAt(), meeting.status());
            }
            jdbc.update("DELETE FROM rsvps WHERE group_id = ? AND starts_at = ?", group, meeting.startsAt());
            for (Map.Entry<LeaderId, Rsvp> e : meeting.rsvps().entrySet()) {
                jdbc.update("INSERT INTO rsvps (group_id, starts_at, leader_key, answer) VALUES (?, ?, ?, ?)",
                        group, meeting.startsAt(), e.getKey().key(), e.getValue());
            }
        });
    }

    @Override
    public List<Meeting> ofGroup(GroupId group) {
        List<Map.Entry<Instant, MeetingStatus>> rows = jdbc.query(
                "SELECT starts_at, status FROM meetings WHERE group_id = ? ORDER BY starts_at",
                rs -> Map.entry(Rows.instant(rs, "starts_at"), MeetingStatus.valueOf(rs.getString("status"))), group.value());
        Map<Instant, Map<LeaderId, Rsvp>> answers = new HashMap<>();
        jdbc.query("SELECT starts_at, leader_key, answer FROM rsvps WHERE group_id = ?",
                        rs -> Map.entry(Rows.instant(rs, "starts_at"), answer(rs)), group.value())
                .forEach(e -> answers.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>())
                        .put(e.getValue().leader, e.getValue().answer));
        List<Meeting> out = new ArrayList<>(rows.size());
        for (Map.Entry<Instant, MeetingStatus> r : rows) {
            out.add(new Meeting(group, r.getKey(), answers.getOrDefault(r.getKey(), Map.of()), r.getValue()));
        }
        return out;
    }

    private record Answer(LeaderId leader, Rsvp answer) {}

    private static Answer answer(ResultSet rs) throws SQLException {
        return new Answer(LeaderId.parse(rs.getString("leader_key")), Rsvp.valueOf(rs.getString("answer")));
    }
}
