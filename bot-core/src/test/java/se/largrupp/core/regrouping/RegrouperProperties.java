package se.largrupp.core.regrouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties over random organisations (QuickTheories; the project does not use jqwik, see the parent pom). */
class RegrouperProperties {

    /** A random forest of managers, random not-with lists, some leaders on pause. */
    static List<Candidate> randomOrganisation(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Optional<String> manager = i > 0 && r.nextInt(4) > 0 ? Optional.of("p" + r.nextInt(i)) : Optional.empty();
            List<String> notWith = new ArrayList<>();
            for (int k = r.nextInt(4); k > 0; k--) {
                String other = "p" + r.nextInt(n);
                if (!other.equals("p" + i) && !notWith.contains(other)) notWith.add(other);
            }
            out.add(new Candidate("p" + i, Optional.of("D" + r.nextInt(5)), manager, 60 * (r.nextInt(5) - 2),
                    Optional.empty(), notWith, r.nextInt(10) > 0));
        }
        return out;
    }

    @Test
    void every_partition_keeps_every_hard_rule_or_the_input_is_refused_by_name() {
        qt().withExamples(60).forAll(integers().between(0, 70), longs().all(), integers().between(1, 3))
                .checkAssert((n, seed, depth) -> {
                    List<Candidate> org = randomOrganisation(n, seed);
                    RegroupResult result = new Regrouper(RegroupOptions.defaults().withSeed(seed).withManagerDepth(depth))
                            .plan(org, List.of());
                    if (result instanceof RegroupResult.Planned p) {
                        assertThat(HardRules.violations(org, p.plan().first(), depth, false)).isEmpty();
                        assertThat(p.plan().totals().hardViolations()).isZero();
                    } else {
                        Refusal refusal = ((RegroupResult.Refused) result).refusal();
                        long taking = org.stream().filter(Candidate::takesPart).count();
                        if (taking > 0) assertThat(refusal.leaders()).isNotEmpty();
                        if (refusal.rule() == Refusal.Rule.POOL_TOO_SMALL) assertThat(taking).isLessThan(3);
                        if (refusal.rule() == Refusal.Rule.FIVE_NEEDS_OPTION) assertThat(taking).isEqualTo(5);
                        if (refusal.rule() == Refusal.Rule.NO_PARTITION_FOUND && taking <= 12)
                            assertThat(BruteForce.anyValidPartition(org, depth)).as("a valid partition exists").isFalse();
                    }
                });
    }

    @Test
    void several_rounds_keep_the_hard_rules_in_every_round() {
        qt().withExamples(10).forAll(integers().between(12, 40), longs().all()).checkAssert((n, seed) -> {
            List<Candidate> org = randomOrganisation(n, seed);
            if (new Regrouper(RegroupOptions.defaults().withSeed(seed)).planRounds(org, List.of(), 3)
                    instanceof RegroupResult.Planned p) {
                assertThat(p.plan().rounds()).hasSize(3);
                p.plan().rounds().forEach(round -> assertThat(HardRules.violations(org, round, 2, false)).isEmpty());
            }
        });
    }

    @Test
    void the_seed_makes_the_result_repeatable() {
        qt().withExamples(10).forAll(integers().between(6, 50), longs().all()).checkAssert((n, seed) -> {
            List<Candidate> org = randomOrganisation(n, seed);
            RegroupOptions o = RegroupOptions.defaults().withSeed(seed);
            assertThat(new Regrouper(o).plan(org, List.of())).isEqualTo(new Regrouper(o).plan(org, List.of()));
        });
    }

    @Test
    void five_leaders_form_one_group_only_when_allowed() {
        qt().withExamples(10).forAll(longs().all()).checkAssert(seed -> {
            List<Candidate> five = Organisations.golfers(5);
            assertThat(new Regrouper(RegroupOptions.defaults().withSeed(seed)).plan(five, List.of()))
                    .isEqualTo(new RegroupResult.Refused(new Refusal(Refusal.Rule.FIVE_NEEDS_OPTION,
                            List.of("G0", "G1", "G2", "G3", "G4"),
                            "5 leaders cannot be split into groups of 3 and 4; allow one group of 5 explicitly")));
            RegroupResult allowed = new Regrouper(RegroupOptions.defaults().withSeed(seed).withAllowFive(true)).plan(five, List.of());
            assertThat(((RegroupResult.Planned) allowed).plan().first().groups()).singleElement()
                    .satisfies(g -> assertThat(g.members()).hasSize(5));
        });
    }

    @Test
    void with_history_last_rounds_partners_are_not_met_again_in_a_pool_big_enough() {
        qt().withExamples(10).forAll(integers().between(4, 10), longs().all()).checkAssert((groups, seed) -> {
            List<Candidate> golfers = Organisations.golfers(4 * groups);
            RegroupOptions o = RegroupOptions.defaults().withSeed(seed);
            Plan first = ((RegroupResult.Planned) new Regrouper(o).plan(golfers, List.of())).plan();
            List<PastGroup> history = first.first().groups().stream().map(g -> new PastGroup(1, g.members())).toList();
            Plan second = ((RegroupResult.Planned) new Regrouper(o).plan(golfers, history)).plan();
            assertThat(second.totals().repeatPairs()).isZero();
            assertThat(second.first()).isNotEqualTo(first.first());
        });
    }
}
