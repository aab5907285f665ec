package se.largrupp.core.insights;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * A workspace's programme figures at one instant: counts and rates only, never what anyone said. Sponsors see
 * {@link #forSponsor()}: the same aggregates without the list of groups at risk, which names groups.
 *
 * @param now             the figures of today
 * @param cycle           the current cycle, since the latest regrouping (empty before the first)
 * @param months          the last twelve calendar months, oldest first
 * @param departments     departments with at least {@link Departments#MIN_LEADERS} leaders, then the rest pooled
 * @param atRisk          groups that have gone quiet or shrunk (admins only)
 * @param generations     the regrouping history
 * @param encouragements  messages of support sent: when and to how many, never their text
 */
public record Figures(Instant asOf, Today now, java.util.Optional<Period> cycle, List<Period> months, List<DepartmentRow> departments,
                      List<GroupAtRisk> atRisk, List<Generation> generations, List<Encouragement> encouragements) {
    public Figures {
        months = List.copyOf(months);
        departments = List.copyOf(departments);
        atRisk = List.copyOf(atRisk);
        generations = List.copyOf(generations);
        encouragements = List.copyOf(encouragements);
    }

    /**
     * @param metRecently    share of groups formed at least 4 weeks ago that held a meeting in the last 4 weeks
     * @param departmentMix  share of pairs in active groups whose two members work in different departments
     * @param daysToFirstMeeting median days from joining to a leader's first held meeting
     */
    public record Today(int takingPart, int paused, int waiting, int groupsActive, int groupsAtRisk, int groupsSelfStarted,
                        OptionalInt metRecently, OptionalInt departmentMix, OptionalInt daysToFirstMeeting) {}

    /** @param department empty for the pooled rest ("övriga") */
    public record DepartmentRow(java.util.Optional<String> department, int leaders, int takingPart, int inGroup,
                                OptionalInt attendance) {}

    public record GroupAtRisk(String name, int generation, int takingPart, java.util.Optional<Instant> lastMet, boolean quiet,
                              boolean shrunk) {}

    /** @param newPairs share of pairs in the generation's groups who had not shared a group before */
    public record Generation(int generation, Instant formedAt, int groups, int leaders, OptionalInt departmentMix,
                             OptionalInt newPairs) {}

    public record Encouragement(Instant sentAt, int recipients) {}

    public Figures forSponsor() {
        return new Figures(asOf, now, cycle, months, departments, List.of(), generations, encouragements);
    }

    public Figures withEncouragements(List<Encouragement> sent) {
        return new Figures(asOf, now, cycle, months, departments, atRisk, generations, sent);
    }
}
