package se.largrupp.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.insights.History;
import se.largrupp.core.leaders.Leader;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.LeaderStatus;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.meetings.Meeting;
import se.largrupp.core.meetings.MeetingStatus;
import se.largrupp.core.meetings.Rsvp;

/**
 * A year of a programme, for the figures' tests: 40 leaders in six departments (two of them smaller than five), three
 * generations of ten groups meeting every other week — held with a round, skipped, or left unrecorded in a fixed
 * pattern — and, in the current cycle, one group gone quiet, one shrunk to two and one round held outside its slot.
 * It tallies what it seeds per month, so a test compares the figures with an independent count.
 */
public final class SeededYear {
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    public static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");
    public static final Instant[] GENERATIONS = {Instant.parse("2026-03-20T09:00:00Z"), Instant.parse("2026-09-20T09:00:00Z"),
            Instant.parse("2027-02-01T09:00:00Z")};
    public static final String[] DEPARTMENTS = {"Ekonomi", "IT", "HR", "Sälj", "Juridik", "Inköp"};
    private static final int[] SIZES = {12, 10, 8, 6, 3, 1};

    public final Workspace workspace;
    public final List<Leader> leaders = new ArrayList<>();
    public final List<LearningGroup> groups = new ArrayList<>();
    public final Map<GroupId, List<Meeting>> meetings = new HashMap<>();
    public final Map<GroupId, List<History.RoundHeld>> rounds = new HashMap<>();
    public final Set<GroupId> selfStarted = new HashSet<>();
    /** Per month: held, skipped, occurrences, present, expected, answered, invited. */
    public final Map<YearMonth, long[]> tally = new HashMap<>();
    public LearningGroup quiet, shrunk, withExtraRound;
    /** How far the whole year is moved from {@link #NOW} (a running server's real clock). */
    public final Duration shift;

    public SeededYear(Workspace workspace) {
        this(workspace, NOW);
    }

    /** The same year, ending at {@code now} instead of {@link #NOW}. */
    public SeededYear(Workspace workspace, Instant now) {
        this.workspace = workspace;
        this.shift = Duration.between(NOW, now);
        int n = 0;
        for (int d = 0; d < DEPARTMENTS.length; d++)
            for (int i = 0; i < SIZES[d]; i++) leaders.add(leader(n++, Optional.of(DEPARTMENTS[d])));
        leaders.add(leader(n++, Optional.empty()));
        leaders.add(leader(n, Optional.empty()));
        for (int gen = 0; gen < GENERATIONS.length; gen++) seedGeneration(gen);
    }

    private Leader leader(int n, Optional<String> department) {
        // Joined over the first weeks; the last two joined late, after the first regrouping.
        Instant joined = (n >= 40 ? Instant.parse("2026-06-01T08:00:00Z") : GENERATIONS[0].minus(Duration.ofDays(30 - n % 20))).plus(shift);
        return new Leader(new LeaderId(workspace, "U" + (1000 + n)), "Leader " + n, department, Optional.empty(), Optional.empty(),
                ZONE, LeaderStatus.active(), joined, List.of());
    }

    private void seedGeneration(int gen) {
        Instant formed = GENERATIONS[gen].plus(shift);
        Optional<Instant> dissolved = gen + 1 < GENERATIONS.length ? Optional.of(GENERATIONS[gen + 1].plus(shift)) : Optional.empty();
        List<Leader> pool = new ArrayList<>(leaders.subList(0, gen == 0 ? 40 : 42));
        java.util.Collections.rotate(pool, gen * 7);
        for (int g = 0; g < 10; g++) {
            List<LeaderId> members = new ArrayList<>();
            // Interleave departments: member k of group g is leader g + 10k of the rotated pool.
            for (int k = 0; k * 10 + g < pool.size(); k++) members.add(pool.get(k * 10 + g).id());
            LearningGroup group = LearningGroup.formed(workspace, "g" + (gen + 1) + "-" + (g + 1), gen + 1, members, formed);
            if (dissolved.isPresent()) group = group.dissolved(dissolved.get());
            groups.add(group);
            if (gen == 2 && g == 9) selfStarted.add(group.id());
            if (gen == 2 && g == 0) { quiet = group; continue; } // never meets in this cycle
            if (gen == 2 && g == 1) shrunk = group;
            seedMeetings(group, g, formed.plus(Duration.ofDays(7)), dissolved.orElse(NOW.plus(shift).plus(Duration.ofDays(28))));
        }
        if (gen == 2) {
            withExtraRound = groups.get(groups.size() - 8);
            Instant extra = Instant.parse("2027-03-03T15:00:00Z").plus(shift); // no occurrence that day
            rounds.computeIfAbsent(withExtraRound.id(), k -> new ArrayList<>())
                    .add(new History.RoundHeld(extra, withExtraRound.members().subList(0, 3)));
            long[] t = tally(extra);
            t[0]++; t[2]++; t[3] += 3; t[4] += withExtraRound.members().size();
            // All but two of the shrunk group's members are on a break.
            for (int i = 0; i < shrunk.members().size() - 2; i++) pause(shrunk.members().get(i));
        }
    }

    private void pause(LeaderId id) {
        for (int i = 0; i < leaders.size(); i++)
            if (leaders.get(i).id().equals(id)) leaders.set(i, leaders.get(i).withStatus(new LeaderStatus.Paused(Optional.empty())));
    }

    private void seedMeetings(LearningGroup group, int g, Instant first, Instant until) {
        List<Meeting> list = meetings.computeIfAbsent(group.id(), k -> new ArrayList<>());
        int k = 0;
        for (Instant at = first; at.isBefore(until); at = at.plus(Duration.ofDays(14)), k++) {
            boolean past = at.isBefore(NOW.plus(shift));
            long[] t = tally(at);
            t[2]++;
            int pattern = (g + k) % 10;
            Meeting m = Meeting.planned(group.id(), at);
            if (!past) { list.add(m); continue; }
            if (pattern == 0) { list.add(m.withStatus(MeetingStatus.SKIPPED)); t[1]++; continue; }
            t[6] += group.members().size();
            if (pattern == 1) { list.add(m); continue; } // unrecorded, unanswered
            List<LeaderId> present = new ArrayList<>(group.members());
            if (k % 3 == 0) present.remove(present.size() - 1);
            for (LeaderId member : group.members()) {
                m = m.withRsvp(member, present.contains(member) ? Rsvp.COMING : Rsvp.NOT_COMING);
                t[5]++;
            }
            list.add(m.withStatus(MeetingStatus.HELD));
            rounds.computeIfAbsent(group.id(), x -> new ArrayList<>()).add(new History.RoundHeld(at.plus(Duration.ofMinutes(3)), present));
            t[0]++; t[3] += present.size(); t[4] += group.members().size();
        }
    }

    private long[] tally(Instant at) {
        return tally.computeIfAbsent(YearMonth.from(at.atZone(ZONE)), m -> new long[7]);
    }

    /** Stores the year in a database, as the application would have: the repositories, the rounds and an invitation. */
    public void saveTo(se.largrupp.core.storage.JdbcRepositories r, se.largrupp.core.storage.Jdbc jdbc) {
        se.largrupp.core.rounds.JdbcRounds roundStore = new se.largrupp.core.rounds.JdbcRounds(jdbc);
        r.transactions().inTransaction(() -> {
            leaders.forEach(r.leaders()::save);
            groups.forEach(r.groups()::save);
            meetings.values().forEach(list -> list.forEach(r.meetings()::save));
            rounds.forEach((group, list) -> list.forEach(h -> roundStore.save(se.largrupp.core.rounds.Round.started(group,
                    h.present(), Duration.ofMinutes(15), h.startedAt()))));
            for (GroupId id : selfStarted)
                jdbc.update("INSERT INTO group_invitations (invitation_id, workspace_key, initiator_key, self_started, created_at,"
                        + " expires_at, status, group_id, keep_together) VALUES (?, ?, NULL, TRUE, ?, ?, 'FORMED', ?, FALSE)",
                        "inv-" + id, workspace.key(), GENERATIONS[2].plus(shift), GENERATIONS[2].plus(shift), id.value());
        });
    }

    public History history() {
        return new History(workspace, leaders, groups, meetings, rounds, selfStarted);
    }
}
