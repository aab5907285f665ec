package se.largrupp.core.regrouping;

import java.util.List;

/** One or more successive rounds of groups, and what they cost. */
public record Plan(List<Round> rounds, Totals totals) {
    public Plan {
        rounds = List.copyOf(rounds);
    }

    public Round first() {
        return rounds.get(0);
    }

    public record Round(int index, List<Group> groups, Totals totals) {
        public Round {
            groups = List.copyOf(groups);
        }
    }

    /**
     * @param repeatPairs         pairs in this group who met before (in the history or an earlier planned round)
     * @param zoneSpreadHours     the largest UTC-offset difference inside the group, in hours
     */
    public record Group(List<String> members, int repeatPairs, int sameDepartmentPairs, double zoneSpreadHours,
                        int hardViolations) {
        public Group {
            members = List.copyOf(members);
        }
    }

    /**
     * @param maxZoneSpreadHours the widest group's spread
     * @param hardViolations     always 0 in a plan; present so every report can say so
     */
    public record Totals(int groups, int repeatPairs, int sameDepartmentPairs, double maxZoneSpreadHours,
                         int hardViolations) {
        static Totals of(List<Group> groups) {
            return new Totals(groups.size(), groups.stream().mapToInt(Group::repeatPairs).sum(),
                    groups.stream().mapToInt(Group::sameDepartmentPairs).sum(),
                    groups.stream().mapToDouble(Group::zoneSpreadHours).max().orElse(0),
                    groups.stream().mapToInt(Group::hardViolations).sum());
        }

        static Totals sum(List<Totals> parts) {
            return new Totals(parts.stream().mapToInt(Totals::groups).sum(),
                    parts.stream().mapToInt(Totals::repeatPairs).sum(),
                    parts.stream().mapToInt(Totals::sameDepartmentPairs).sum(),
                    parts.stream().mapToDouble(Totals::maxZoneSpreadHours).max().orElse(0),
                    parts.stream().mapToInt(Totals::hardViolations).sum());
        }
    }
}
