package se.largrupp.core.regrouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One person never blocks a regrouping: who cannot be placed is set aside and named; everyone else is planned. */
class SetAsideTest {
    private static final SetAside.Planner ONE_ROUND = (engine, pool, past) -> engine.plan(pool, past);

    /** Karin heads everyone: four direct reports with one report each, all within two levels of her. */
    private static List<Candidate> karinAndHerOrganisation() {
        List<Candidate> out = new ArrayList<>();
        out.add(Candidate.of("karin", "Ledning", null));
        String[] depts = {"Sälj", "Produkt", "Ekonomi", "Kundtjänst"};
        for (int i = 0; i < 4; i++) {
            out.add(Candidate.of("m" + i, depts[i], "karin"));
            out.add(Candidate.of("r" + i, depts[i], "m" + i));
        }
        return out;
    }

    @Test
    void a_top_manager_whose_whole_organisation_is_in_the_pool_is_set_aside_and_the_others_are_planned() {
        SetAside.Outcome outcome = SetAside.plan(RegroupOptions.defaults(), karinAndHerOrganisation(), List.of(), ONE_ROUND);

        assertThat(outcome.leftOut()).containsExactly(new SetAside.LeftOut("karin", Refusal.Rule.TOO_FEW_ALLOWED_PARTNERS));
        Plan plan = ((RegroupResult.Planned) outcome.result()).plan();
        assertThat(plan.first().groups()).flatMap(Plan.Group::members).hasSize(8).doesNotContain("karin");
        assertThat(plan.totals().hardViolations()).isZero();
    }

    @Test
    void a_not_with_list_that_excludes_everyone_sets_only_that_leader_aside() {
        List<Candidate> pool = new ArrayList<>(List.of(Candidate.of("a", "X", null).withNotWith(List.of("b", "c", "d")),
                Candidate.of("b", "Y", null), Candidate.of("c", "Z", null), Candidate.of("d", "W", null)));

        SetAside.Outcome outcome = SetAside.plan(RegroupOptions.defaults(), pool, List.of(), ONE_ROUND);

        assertThat(outcome.leftOut()).extracting(SetAside.LeftOut::id).containsExactly("a");
        assertThat(((RegroupResult.Planned) outcome.result()).plan().first().groups()).singleElement()
                .satisfies(g -> assertThat(g.members()).containsExactly("b", "c", "d"));
    }

    @Test
    void five_left_after_setting_someone_aside_leaves_one_more_waiting_rather_than_refusing() {
        List<Candidate> pool = new ArrayList<>(List.of(Candidate.of("karin", "Ledning", null)));
        for (int i = 0; i < 5; i++) pool.add(Candidate.of("m" + i, "D" + i, "karin"));

        SetAside.Outcome outcome = SetAside.plan(RegroupOptions.defaults(), pool, List.of(), ONE_ROUND);

        assertThat(outcome.leftOut()).hasSize(2).first().isEqualTo(new SetAside.LeftOut("karin", Refusal.Rule.TOO_FEW_ALLOWED_PARTNERS));
        assertThat(outcome.leftOut().get(1).rule()).isEqualTo(Refusal.Rule.FIVE_NEEDS_OPTION);
        assertThat(((RegroupResult.Planned) outcome.result()).plan().first().groups()).singleElement()
                .satisfies(g -> assertThat(g.members()).hasSize(4));
    }

    @Test
    void only_a_pool_that_cannot_form_any_group_is_refused_and_the_refusal_names_who_blocks_it() {
        List<Candidate> pool = karinAndHerOrganisation().subList(0, 3); // karin, m0 and r0: a chain of three

        SetAside.Outcome outcome = SetAside.plan(RegroupOptions.defaults(), pool, List.of(), ONE_ROUND);

        Refusal r = ((RegroupResult.Refused) outcome.result()).refusal();
        assertThat(r.rule()).isEqualTo(Refusal.Rule.TOO_FEW_ALLOWED_PARTNERS);
        assertThat(r.leaders()).contains("karin");
    }

    @Test
    void a_keep_together_request_a_hard_rule_now_forbids_is_dropped_and_reported() {
        List<Candidate> pool = karinAndHerOrganisation().subList(1, 9);
        RegroupOptions keep = RegroupOptions.defaults().withKeepTogether(List.of(List.of("m0", "r0"), List.of("m1", "m2")));

        SetAside.Outcome outcome = SetAside.plan(keep, pool, List.of(), ONE_ROUND);

        assertThat(outcome.droppedKeepTogether()).containsExactly(List.of("m0", "r0"));
        Plan plan = ((RegroupResult.Planned) outcome.result()).plan();
        assertThat(plan.first().groups()).anySatisfy(g -> assertThat(g.members()).contains("m1", "m2"));
    }
}
