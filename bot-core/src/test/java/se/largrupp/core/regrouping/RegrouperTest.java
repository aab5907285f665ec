package se.largrupp.core.regrouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegrouperTest {
    private final RegroupOptions options = RegroupOptions.defaults();

    private static Plan planned(RegroupResult r) {
        assertThat(r).isInstanceOf(RegroupResult.Planned.class);
        return ((RegroupResult.Planned) r).plan();
    }

    private static Refusal refused(RegroupResult r) {
        assertThat(r).isInstanceOf(RegroupResult.Refused.class);
        return ((RegroupResult.Refused) r).refusal();
    }

    @Test
    void as_many_groups_of_four_as_the_head_count_allows() {
        assertThat(sizes(planned(new Regrouper(options).plan(Organisations.golfers(11), List.of()))))
                .containsExactlyInAnyOrder(4, 4, 3);
        assertThat(sizes(planned(new Regrouper(options).plan(Organisations.golfers(6), List.of()))))
                .containsExactlyInAnyOrder(3, 3);
    }

    @Test
    void preferring_threes_makes_as_many_threes_as_possible() {
        assertThat(sizes(planned(new Regrouper(options.withPreferredSize(3)).plan(Organisations.golfers(10), List.of()))))
                .containsExactlyInAnyOrder(4, 3, 3);
    }

    @Test
    void five_leaders_are_refused_unless_a_group_of_five_is_allowed() {
        assertThat(refused(new Regrouper(options).plan(Organisations.golfers(5), List.of())).rule())
                .isEqualTo(Refusal.Rule.FIVE_NEEDS_OPTION);
        assertThat(sizes(planned(new Regrouper(options.withAllowFive(true)).plan(Organisations.golfers(5), List.of()))))
                .containsExactly(5);
    }

    @Test
    void two_leaders_are_too_few() {
        Refusal r = refused(new Regrouper(options).plan(Organisations.golfers(2), List.of()));
        assertThat(r.rule()).isEqualTo(Refusal.Rule.POOL_TOO_SMALL);
        assertThat(r.leaders()).containsExactly("G0", "G1");
    }

    @Test
    void a_top_manager_with_the_whole_chain_as_depth_is_named() {
        List<Candidate> org = new ArrayList<>();
        org.add(Candidate.of("ceo", "A", null));
        for (int i = 0; i < 3; i++) org.add(Candidate.of("m" + i, "A", "ceo"));
        for (int i = 0; i < 9; i++) org.add(Candidate.of("e" + i, "B", "m" + (i % 3)));
        Refusal r = refused(new Regrouper(options.withManagerDepth(RegroupOptions.WHOLE_CHAIN)).plan(org, List.of()));
        assertThat(r.rule()).isEqualTo(Refusal.Rule.TOO_FEW_ALLOWED_PARTNERS);
        assertThat(r.leaders()).containsExactly("ceo");
    }

    @Test
    void the_same_organisation_is_grouped_with_the_default_depth() {
        List<Candidate> org = new ArrayList<>();
        org.add(Candidate.of("ceo", "A", null));
        for (int i = 0; i < 3; i++) org.add(Candidate.of("m" + i, "A", "ceo"));
        for (int i = 0; i < 9; i++) org.add(Candidate.of("e" + i, "B", "m" + (i % 3)));
        Plan plan = planned(new Regrouper(options.withManagerDepth(1)).plan(org, List.of()));
        assertThat(HardRules.violations(org, plan.first(), 1, false)).isEmpty();
    }

    @Test
    void a_chain_longer_than_the_number_of_groups_is_named() {
        List<Candidate> org = new ArrayList<>(List.of(Candidate.of("a", null, null), Candidate.of("b", null, "a"),
                Candidate.of("c", null, "b")));
        for (int i = 0; i < 5; i++) org.add(Candidate.of("x" + i, null, null));
        Refusal r = refused(new Regrouper(options).plan(org, List.of()));
        assertThat(r.rule()).isEqualTo(Refusal.Rule.CHAIN_LONGER_THAN_GROUP_COUNT);
        assertThat(r.leaders()).containsExactly("c", "b", "a");
    }

    @Test
    void a_manager_on_pause_still_keeps_their_own_manager_away() {
        List<Candidate> org = new ArrayList<>(List.of(Candidate.of("boss", null, null),
                Candidate.of("mid", null, "boss").notTakingPart(), Candidate.of("me", null, "mid")));
        for (int i = 0; i < 5; i++) org.add(Candidate.of("x" + i, null, null));
        for (long seed = 1; seed <= 20; seed++) {
            Plan plan = planned(new Regrouper(options.withSeed(seed)).plan(org, List.of()));
            assertThat(plan.first().groups()).noneMatch(g -> g.members().containsAll(List.of("boss", "me")));
            assertThat(plan.first().groups()).noneMatch(g -> g.members().contains("mid"));
        }
    }

    @Test
    void a_not_with_list_is_kept_in_both_directions() {
        List<Candidate> org = new ArrayList<>();
        for (int i = 0; i < 8; i++) org.add(Candidate.of("x" + i, null, null));
        org.set(0, org.get(0).withNotWith(List.of("x1", "x2", "x3")));
        for (long seed = 1; seed <= 20; seed++) {
            Plan plan = planned(new Regrouper(options.withSeed(seed)).plan(org, List.of()));
            assertThat(HardRules.violations(org, plan.first(), 2, false)).isEmpty();
        }
    }

    @Test
    void the_same_seed_gives_the_same_groups_and_another_seed_may_not() {
        // No time cap, and a small effort instead: a search cut short by the clock would depend on the machine's
        // speed, not on the seed.
        RegroupOptions uncapped = options.withTimeBudget(java.time.Duration.ofHours(1)).withEffort(5);
        List<Candidate> org = Organisations.tree(60, 4, 3);
        Plan a = planned(new Regrouper(uncapped.withSeed(42)).planRounds(org, List.of(), 2));
        Plan b = planned(new Regrouper(uncapped.withSeed(42)).planRounds(org, List.of(), 2));
        assertThat(a).isEqualTo(b);
        boolean anyDiffers = false;
        for (long s = 1; s <= 5 && !anyDiffers; s++)
            anyDiffers = !planned(new Regrouper(uncapped.withSeed(s)).planRounds(org, List.of(), 2)).equals(a);
        assertThat(anyDiffers).isTrue();
    }

    @Test
    void nobody_meets_the_previous_rounds_partners_when_that_is_possible() {
        List<Candidate> golfers = Organisations.golfers(16);
        List<PastGroup> history = new ArrayList<>();
        for (int g = 0; g < 4; g++) history.add(new PastGroup(1, List.of("G" + 4 * g, "G" + (4 * g + 1), "G" + (4 * g + 2), "G" + (4 * g + 3))));
        Plan plan = planned(new Regrouper(options).plan(golfers, history));
        assertThat(plan.totals().repeatPairs()).isZero();
        for (Plan.Group g : plan.first().groups())
            for (PastGroup past : history)
                assertThat(g.members().stream().filter(past.members()::contains).count()).isLessThanOrEqualTo(1);
    }

    @Test
    void a_recent_repeat_is_avoided_before_an_old_one() {
        // Six leaders in two threes must repeat some pair of round 1; they can avoid every pair of round 2.
        List<Candidate> six = Organisations.golfers(6);
        List<PastGroup> history = List.of(
                new PastGroup(1, List.of("G0", "G1", "G2")), new PastGroup(1, List.of("G3", "G4", "G5")),
                new PastGroup(2, List.of("G0", "G3")), new PastGroup(2, List.of("G1", "G4")), new PastGroup(2, List.of("G2", "G5")));
        Plan plan = planned(new Regrouper(options).plan(six, history));
        for (Plan.Group g : plan.first().groups()) {
            long recentPairs = pairs(g).stream().filter(p -> together(history, 2, p)).count();
            assertThat(recentPairs).as(g.members().toString()).isZero();
        }
    }

    @Test
    void departments_are_mixed_where_they_can_be() {
        List<Candidate> org = new ArrayList<>();
        for (int i = 0; i < 16; i++) org.add(Candidate.of("x" + i, "D" + (i % 4), null));
        Plan plan = planned(new Regrouper(options).plan(org, List.of()));
        assertThat(plan.totals().sameDepartmentPairs()).isZero();
        assertThat(plan.totals().hardViolations()).isZero();
    }

    @Test
    void leaders_in_far_apart_time_zones_are_grouped_with_their_own_zone() {
        List<Candidate> org = new ArrayList<>();
        for (int i = 0; i < 8; i++) org.add(Candidate.of("x" + i, null, null).withZoneOffsetMinutes(i < 4 ? 60 : -300));
        Plan plan = planned(new Regrouper(options).plan(org, List.of()));
        assertThat(plan.totals().maxZoneSpreadHours()).isZero();
    }

    @Test
    void a_group_that_asked_to_continue_stays_together() {
        List<Candidate> golfers = Organisations.golfers(12);
        List<PastGroup> history = List.of(new PastGroup(1, List.of("G0", "G5", "G9")));
        Plan plan = planned(new Regrouper(options.withKeepTogether(List.of(List.of("G0", "G5", "G9")))).plan(golfers, history));
        assertThat(plan.first().groups()).anyMatch(g -> g.members().containsAll(List.of("G0", "G5", "G9")));
        assertThat(plan.totals().repeatPairs()).isZero();
    }

    @Test
    void a_keep_together_request_with_a_manager_in_it_is_refused_by_name() {
        List<Candidate> org = new ArrayList<>(Organisations.golfers(10));
        org.set(1, Candidate.of("G1", null, "G0"));
        Refusal r = refused(new Regrouper(options.withKeepTogether(List.of(List.of("G0", "G1")))).plan(org, List.of()));
        assertThat(r.rule()).isEqualTo(Refusal.Rule.KEEP_TOGETHER_IMPOSSIBLE);
        assertThat(r.leaders()).containsExactly("G0", "G1");
    }

    @Test
    void thirty_two_golfers_play_seven_rounds_without_meeting_twice() {
        Plan plan = planned(new Regrouper(options.withWeights(Weights.repeatsOnly())).planRounds(Organisations.golfers(32), List.of(), 7));
        assertThat(plan.rounds()).hasSize(7);
        assertThat(plan.totals().repeatPairs()).isZero();
    }

    @Test
    void thirty_two_golfers_play_ten_rounds_without_meeting_twice_from_the_known_schedule() {
        Plan plan = planned(new Regrouper(options.withWeights(Weights.repeatsOnly()).withSeed(5)).planRounds(Organisations.golfers(32), List.of(), 10));
        assertThat(plan.rounds()).hasSize(10);
        assertThat(plan.totals().repeatPairs()).isZero();
        for (Plan.Round r : plan.rounds()) assertThat(r.groups()).allSatisfy(g -> assertThat(g.members()).hasSize(4));
    }

    @Test
    void golfers_in_fours_reach_the_best_known_number_of_repeat_free_rounds() {
        int[][] poolAndRounds = {{20, 5}, {24, 7}, {28, 9}, {36, 10}, {40, 13}, {52, 17}, {64, 21}};
        for (int[] c : poolAndRounds) {
            Plan plan = planned(new Regrouper(options.withWeights(Weights.repeatsOnly())).planRounds(Organisations.golfers(c[0]), List.of(), c[1]));
            assertThat(plan.rounds()).as(c[0] + " golfers").hasSize(c[1]);
            assertThat(plan.totals().repeatPairs()).as(c[0] + " golfers").isZero();
            for (Plan.Round r : plan.rounds()) assertThat(HardRules.violations(Organisations.golfers(c[0]), r, 2, false)).isEmpty();
        }
    }

    @Test
    void twenty_eight_golfers_meet_every_other_golfer_exactly_once_in_nine_rounds() {
        Plan plan = planned(new Regrouper(options.withWeights(Weights.repeatsOnly())).planRounds(Organisations.golfers(28), List.of(), 9));
        java.util.Set<List<String>> met = new java.util.HashSet<>();
        for (Plan.Round r : plan.rounds()) for (Plan.Group g : r.groups()) met.addAll(pairs(g));
        assertThat(met).hasSize(28 * 27 / 2);
    }

    @Test
    void pools_that_need_groups_of_three_lose_at_most_one_round_against_the_nearest_design() {
        int[][] poolAndRounds = {{27, 9}, {26, 8}, {25, 8}, {30, 10}, {31, 10}, {35, 10}, {39, 13}, {38, 12}, {23, 7}};
        for (int[] c : poolAndRounds) {
            List<Candidate> golfers = Organisations.golfers(c[0]);
            Plan plan = planned(new Regrouper(options.withWeights(Weights.repeatsOnly())).planRounds(golfers, List.of(), c[1]));
            assertThat(plan.totals().repeatPairs()).as(c[0] + " golfers").isZero();
            for (Plan.Round r : plan.rounds()) assertThat(HardRules.violations(golfers, r, 2, false)).as(c[0] + " golfers").isEmpty();
        }
    }

    @Test
    void a_construction_is_placed_so_that_nobody_meets_their_manager_or_their_not_with_list() {
        List<Candidate> org = smallOrganisation();
        org.set(5, org.get(5).withNotWith(List.of("s9", "s17")));
        for (long seed = 1; seed <= 5; seed++) {
            Plan plan = planned(new Regrouper(options.withSeed(seed).withManagerDepth(1).withWeights(Weights.repeatsOnly()))
                    .planRounds(org, List.of(), 4));
            assertThat(plan.totals().repeatPairs()).isZero();
            assertThat(plan.totals().hardViolations()).isZero();
            for (Plan.Round r : plan.rounds()) assertThat(HardRules.violations(org, r, 1, false)).isEmpty();
        }
    }

    @Test
    void a_complete_design_with_managers_in_it_keeps_the_hard_rules_over_every_round() {
        // Every pair meets once in the 9 rounds of 28 in 4s, so some rounds cannot be kept: the search replaces them.
        List<Candidate> org = smallOrganisation();
        // A low effort: the plan must have repeats, so the search would otherwise run its whole effort.
        Plan plan = planned(new Regrouper(options.withManagerDepth(1).withWeights(Weights.repeatsOnly()).withEffort(2))
                .planRounds(org, List.of(), 9));
        assertThat(plan.rounds()).hasSize(9);
        for (Plan.Round r : plan.rounds()) assertThat(HardRules.violations(org, r, 1, false)).isEmpty();
    }

    /** A top manager, three managers under them and eight people under each: 28 leaders. */
    private static List<Candidate> smallOrganisation() {
        List<Candidate> org = new ArrayList<>(List.of(Candidate.of("top", null, null)));
        for (int m = 0; m < 3; m++) org.add(Candidate.of("m" + m, null, "top"));
        for (int i = 0; i < 24; i++) org.add(Candidate.of("s" + i, null, "m" + (i % 3)));
        return org;
    }

    @Test
    void twenty_five_golfers_in_fives_play_six_rounds_without_meeting_twice() {
        Plan plan = planned(new Regrouper(options.withWeights(Weights.repeatsOnly()).withAllowFive(true)
                .withSizes(List.of(5, 5, 5, 5, 5))).planRounds(Organisations.golfers(25), List.of(), 6));
        assertThat(plan.totals().repeatPairs()).isZero();
    }

    @Test
    void lookahead_returns_one_round() {
        Plan plan = planned(new Regrouper(options).planWithLookahead(Organisations.golfers(20), List.of(), 3));
        assertThat(plan.rounds()).hasSize(1);
        assertThat(plan.first().groups()).hasSize(5);
    }

    @Test
    void a_manager_cycle_does_not_hang_the_engine() {
        List<Candidate> org = new ArrayList<>(List.of(Candidate.of("a", null, "b"), Candidate.of("b", null, "a")));
        for (int i = 0; i < 6; i++) org.add(Candidate.of("x" + i, null, null));
        Plan plan = planned(new Regrouper(options).plan(org, List.of()));
        assertThat(plan.first().groups()).noneMatch(g -> g.members().containsAll(List.of("a", "b")));
    }

    private static List<Integer> sizes(Plan p) {
        return p.first().groups().stream().map(g -> g.members().size()).toList();
    }

    private static List<List<String>> pairs(Plan.Group g) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < g.members().size(); i++)
            for (int j = i + 1; j < g.members().size(); j++) out.add(List.of(g.members().get(i), g.members().get(j)));
        return out;
    }

    private static boolean together(List<PastGroup> history, int round, List<String> pair) {
        return history.stream().anyMatch(h -> h.round() == round && h.members().containsAll(pair));
    }
}
