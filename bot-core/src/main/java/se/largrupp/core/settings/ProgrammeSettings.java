package se.largrupp.core.settings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.largrupp.core.continuity.PlacementMode;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.meetings.MeetingSettings;
import se.largrupp.core.meetings.NudgeTimes;
import se.largrupp.core.regrouping.RegroupOptions;

/**
 * What a workspace's admins may tune in their programme. The deployment's configuration gives the defaults of every
 * new workspace; a workspace's changes are stored and win.
 *
 * @param managerDepth 1, 2 … or 0 for the whole chain, as {@code LARGRUPP_MANAGER_DEPTH} writes it
 */
public record ProgrammeSettings(List<String> departments, NudgeTimes nudges, Optional<MeetingSettings.RegroupCycle> regroupCycle,
                                int managerDepth, PlacementMode placement, boolean archiveOldGroups, Language language) {
    public ProgrammeSettings {
        departments = List.copyOf(departments);
        Objects.requireNonNull(nudges, "nudges");
        Objects.requireNonNull(regroupCycle, "regroupCycle");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(language, "language");
    }

    public static ProgrammeSettings defaults() {
        return new ProgrammeSettings(List.of(), NudgeTimes.DEFAULT, Optional.empty(), 2, PlacementMode.AUTO, false, Language.SV);
    }

    /** The engine's depth: 0 is the whole chain. */
    public int engineDepth() {
        return managerDepth == 0 ? RegroupOptions.WHOLE_CHAIN : managerDepth;
    }

    /** With one setting changed to a value in the stored form ({@link Setting#read}). */
    public ProgrammeSettings with(Setting setting, String stored) {
        return switch (setting) {
            case DEPARTMENTS -> new ProgrammeSettings(stored.isEmpty() ? List.of() : Arrays.asList(stored.split(",")), nudges,
                    regroupCycle, managerDepth, placement, archiveOldGroups, language);
            case NUDGES -> {
                String[] p = stored.split(" ");
                yield new ProgrammeSettings(departments, new NudgeTimes(Duration.ofHours(Long.parseLong(p[0])),
                        Duration.ofMinutes(Long.parseLong(p[1]))), regroupCycle, managerDepth, placement, archiveOldGroups, language);
            }
            case REGROUP -> {
                Optional<MeetingSettings.RegroupCycle> cycle = stored.isEmpty() ? Optional.empty() : Optional.of(
                        new MeetingSettings.RegroupCycle(LocalDate.parse(stored.split(" ")[0]),
                                Period.ofWeeks(Integer.parseInt(stored.split(" ")[1]))));
                yield new ProgrammeSettings(departments, nudges, cycle, managerDepth, placement, archiveOldGroups, language);
            }
            case DEPTH -> new ProgrammeSettings(departments, nudges, regroupCycle, Integer.parseInt(stored), placement,
                    archiveOldGroups, language);
            case PLACEMENT -> new ProgrammeSettings(departments, nudges, regroupCycle, managerDepth, Setting.placement(stored),
                    archiveOldGroups, language);
            case ARCHIVE -> new ProgrammeSettings(departments, nudges, regroupCycle, managerDepth, placement,
                    Boolean.parseBoolean(stored), language);
            case LANGUAGE -> new ProgrammeSettings(departments, nudges, regroupCycle, managerDepth, placement, archiveOldGroups,
                    Language.fromLocaleTag(stored).orElse(language));
        };
    }
}
