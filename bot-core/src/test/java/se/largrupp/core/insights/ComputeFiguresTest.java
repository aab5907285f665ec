package se.largrupp.core.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.largrupp.core.groups.LearningGroup;
import se.largrupp.core.testing.SeededYear;
import se.largrupp.core.testing.TestCore;

/** The figures of a seeded year on a fixed clock, against the seed's own tally. */
class ComputeFiguresTest {
    private final SeededYear year = new SeededYear(TestCore.WORKSPACE);
    private final Figures figures = new ComputeFigures(SeededYear.ZONE).compute(year.history(), SeededYear.NOW);

    @Test
    void each_of_the_last_twelve_months_counts_the_meetings_held_skipped_and_planned_and_the_attendance_as_seeded() {
        assertThat(figures.months()).hasSize(12);
        assertThat(figures.months().get(0).label()).isEqualTo("2026-04");
        assertThat(figures.months().get(11).label()).isEqualTo("2027-03");
        for (Period p : figures.months()) {
            long[] t = year.tally.getOrDefault(YearMonth.parse(p.label()), new long[7]);
            assertThat(p.held()).as(p.label() + " held").isEqualTo(t[0]);
            assertThat(p.skipped()).as(p.label() + " skipped").isEqualTo(t[1]);
            assertThat(p.planned()).as(p.label() + " planned").isEqualTo(t[2]);
            assertThat(p.attendance()).as(p.label() + " attendance").isEqualTo(Period.percent(t[3], t[4]));
            assertThat(p.answerRate()).as(p.label() + " answers").isEqualTo(Period.percent(t[5], t[6]));
        }
        assertThat(figures.months().stream().mapToInt(Period::held).sum()).isGreaterThan(150);
        assertThat(figures.months().get(5).attendance().getAsInt()).isBetween(70, 100);
    }

    @Test
    void a_round_outside_the_slot_is_a_meeting_of_its_own_and_a_round_in_the_slot_is_not_counted_twice() {
        Period march = figures.months().get(11);
        long[] t = year.tally.get(YearMonth.of(2027, 3));
        assertThat(march.held()).isEqualTo(t[0]);
        History withoutExtra = new History(year.workspace, year.leaders, year.groups, year.meetings,
                java.util.Map.of(), year.selfStarted);
        Period marchWithoutRounds = new ComputeFigures(SeededYear.ZONE).compute(withoutExtra, SeededYear.NOW).months().get(11);
        assertThat(marchWithoutRounds.held()).isEqualTo(march.held() - 1);
    }

    @Test
    void today_counts_leaders_groups_and_the_share_that_met_recently() {
        Figures.Today now = figures.now();
        int paused = year.shrunk.members().size() - 2;
        assertThat(now.takingPart()).isEqualTo(42 - paused);
        assertThat(now.paused()).isEqualTo(paused);
        assertThat(now.waiting()).isZero();
        assertThat(now.groupsActive()).isEqualTo(10);
        assertThat(now.groupsSelfStarted()).isEqualTo(1);
        // All but the quiet group and g3-10, whose last two occurrences were skipped and left unrecorded.
        assertThat(now.metRecently()).isEqualTo(OptionalInt.of(80));
        assertThat(now.departmentMix().getAsInt()).isGreaterThan(80);
        assertThat(now.daysToFirstMeeting().getAsInt()).isBetween(30, 45);
    }

    @Test
    void the_current_cycle_starts_at_the_latest_regrouping_and_the_history_has_three_generations() {
        assertThat(figures.cycle()).hasValueSatisfying(c -> {
            assertThat(c.from()).isEqualTo(SeededYear.GENERATIONS[2]);
            assertThat(c.to()).isEqualTo(SeededYear.NOW);
            assertThat(c.held()).isPositive();
        });
        assertThat(figures.generations()).extracting(Figures.Generation::generation).containsExactly(1, 2, 3);
        assertThat(figures.generations().get(0).newPairs()).isEqualTo(OptionalInt.of(100));
        assertThat(figures.generations().get(2).groups()).isEqualTo(10);
        assertThat(figures.generations().get(1).leaders()).isEqualTo(42);
    }

    @Test
    void departments_under_five_leaders_are_pooled_with_those_without_one() {
        assertThat(figures.departments()).extracting(Figures.DepartmentRow::department)
                .containsExactly(Optional.of("Ekonomi"), Optional.of("HR"), Optional.of("IT"), Optional.of("Sälj"), Optional.empty());
        Figures.DepartmentRow pooled = figures.departments().get(4);
        assertThat(pooled.leaders()).isEqualTo(3 + 1 + 2);
        assertThat(figures.departments()).allSatisfy(r -> assertThat(r.leaders()).isGreaterThanOrEqualTo(Departments.MIN_LEADERS));
        assertThat(figures.departments().get(0).attendance().getAsInt()).isBetween(80, 100);
    }

    @Test
    void admins_see_the_quiet_and_the_shrunk_group_and_sponsors_see_no_group_at_all() {
        assertThat(figures.atRisk()).extracting(Figures.GroupAtRisk::name).containsExactly(year.quiet.name(), "g3-10", year.shrunk.name());
        assertThat(figures.atRisk().get(0).quiet()).isTrue();
        assertThat(figures.atRisk().get(0).lastMet()).isEmpty();
        assertThat(figures.atRisk().get(1).quiet()).isTrue();
        assertThat(figures.atRisk().get(1).lastMet()).isPresent();
        assertThat(figures.atRisk().get(2).shrunk()).isTrue();
        assertThat(figures.atRisk().get(2).quiet()).isFalse();
        assertThat(figures.now().groupsAtRisk()).isEqualTo(3);

        Figures sponsor = figures.forSponsor();
        assertThat(sponsor.atRisk()).isEmpty();
        String everything = sponsor.toString();
        for (LearningGroup g : year.groups) assertThat(everything).doesNotContain(g.name());
        year.leaders.forEach(l -> assertThat(everything).doesNotContain(l.id().user()).doesNotContain(l.displayName()));
    }

    @Test
    void an_empty_workspace_has_figures_without_rates() {
        Figures empty = new ComputeFigures(SeededYear.ZONE).compute(new History(TestCore.WORKSPACE, List.of(), List.of(),
                java.util.Map.of(), java.util.Map.of(), java.util.Set.of()), SeededYear.NOW.plus(Duration.ofDays(1)));
        assertThat(empty.cycle()).isEmpty();
        assertThat(empty.months()).hasSize(12).allSatisfy(p -> assertThat(p.attendance()).isEmpty());
        assertThat(empty.now().metRecently()).isEmpty();
        assertThat(empty.departments()).isEmpty();
    }
}
