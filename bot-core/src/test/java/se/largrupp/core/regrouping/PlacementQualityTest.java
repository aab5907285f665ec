package se.largrupp.core.regrouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's placement against a random placement and against regrouping the same pool (see PlacementBenchmark). */
class PlacementQualityTest {
    @Test
    void placed_returners_break_no_hard_rule_and_meet_fewer_old_partners_and_own_department_than_at_random() {
        PlacementScenario s = new PlacementScenario(120, 12, 7);
        Map<String, String> engine = s.placeByEngine();
        PlacementScenario.Count placed = s.count(engine);
        PlacementScenario.Count random = s.count(s.placeAtRandom(7));

        assertThat(engine).hasSize(12);
        assertThat(placed.hard()).isZero();
        assertThat(placed.repeats()).isLessThanOrEqualTo(random.repeats());
        assertThat(placed.sameDepartment()).isLessThan(random.sameDepartment());
        // As good per pair as regrouping everyone: no repeat, and no more same-department pairs than it has.
        PlacementScenario.Count regrouped = s.regroupEveryone();
        assertThat(placed.repeats()).isZero();
        assertThat(placed.sameDepartmentRate()).isLessThanOrEqualTo(regrouped.sameDepartmentRate() + 0.05);
    }

    @Test
    void joins_arriving_together_are_placed_jointly_never_worse_than_one_after_the_other() {
        PlacementScenario s = new PlacementScenario(60, 6, 11);
        Placements fitting = new Placements(RegroupOptions.defaults());
        PlacementScenario.Count joint = s.count(s.placeByEngine());
        java.util.Map<String, String> oneByOne = new java.util.LinkedHashMap<>();
        java.util.List<Placements.OpenGroup> open = new java.util.ArrayList<>(s.open);
        for (String r : s.returning) {
            Map<String, String> one = fitting.place(s.everyone, s.history, open, java.util.List.of(r), java.util.Set.of()).groupOf();
            one.forEach((who, g) -> {
                oneByOne.put(who, g);
                for (int i = 0; i < open.size(); i++) {
                    Placements.OpenGroup o = open.get(i);
                    if (!o.id().equals(g)) continue;
                    java.util.List<String> m = new java.util.ArrayList<>(o.members());
                    m.add(who);
                    open.set(i, new Placements.OpenGroup(o.id(), m, o.room() - 1, false));
                }
            });
        }
        PlacementScenario.Count sequential = s.count(oneByOne);
        assertThat(joint.pairs()).isEqualTo(sequential.pairs());
        assertThat(10 * joint.repeats() + joint.sameDepartment()).isLessThanOrEqualTo(10 * sequential.repeats() + sequential.sameDepartment());
    }
}
