package se.largrupp.core.rounds.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.rounds.TurnOrder;

/** The ledger's fairness over twelve meetings of a group of four, with people missing some of them. */
class FairRolesTest {
    static final LeaderId A = LeaderId.of(Platform.SLACK, "T1", "UA"), B = LeaderId.of(Platform.SLACK, "T1", "UB"),
            C = LeaderId.of(Platform.SLACK, "T1", "UC"), D = LeaderId.of(Platform.SLACK, "T1", "UD");
    static final GroupId G = new GroupId("g1");
    static final Instant START = Instant.parse("2027-01-12T11:00:00Z");

    /** Who cannot come to meeting n (0-based). */
    static final Map<Integer, Set<LeaderId>> ABSENT = Map.of(2, Set.of(D), 4, Set.of(A), 7, Set.of(B, C), 10, Set.of(D));

    record Tally(Map<LeaderId, Integer> attended, Map<LeaderId, Integer> opened, Map<LeaderId, Integer> led, int bothRoles) {}

    static Tally twelveMeetings() {
        RoleLedger ledger = RoleLedger.inMemory();
        Map<LeaderId, Integer> attended = new LinkedHashMap<>(), opened = new LinkedHashMap<>(), led = new LinkedHashMap<>();
        for (LeaderId l : List.of(A, B, C, D)) {
            attended.put(l, 0);
            opened.put(l, 0);
            led.put(l, 0);
        }
        List<LeaderId> last = List.of();
        int both = 0;
        for (int n = 0; n < 12; n++) {
            Instant at = START.plus(Duration.ofDays(14L * n));
            List<LeaderId> present = new ArrayList<>(List.of(A, B, C, D));
            present.removeAll(ABSENT.getOrDefault(n, Set.of()));
            List<LeaderId> order = FairRoles.order(TurnOrder.next(present, last), ledger.of(G, Role.OPENER));
            LeaderId lead = FairRoles.facilitator(order, ledger.of(G, Role.FACILITATOR));
            ledger.record(G, Role.OPENER, order.get(0), at);
            ledger.record(G, Role.FACILITATOR, lead, at);
            present.forEach(p -> attended.merge(p, 1, Integer::sum));
            opened.merge(order.get(0), 1, Integer::sum);
            led.merge(lead, 1, Integer::sum);
            if (lead.equals(order.get(0))) both++;
            last = order;
        }
        return new Tally(attended, opened, led, both);
    }

    @Test
    void over_twelve_meetings_everyone_opens_and_leads_three_times_though_some_missed_meetings() {
        Tally t = twelveMeetings();
        System.out.println("fair roles over 12 meetings: " + t);

        assertThat(t.attended()).containsValues(11, 11, 11, 10); // A and B, C missed one each, D two
        assertThat(t.opened().values()).allMatch(n -> n == 3);
        assertThat(t.led().values()).allMatch(n -> n == 3);
        // fairness first: the opener also leads only when the ledger has them furthest behind (here 3 meetings of 12)
        assertThat(t.bothRoles()).as("meetings where the samtalsledare is also the first case giver").isLessThanOrEqualTo(3);
    }

    @Test
    void one_who_could_not_come_opens_at_the_next_meeting_they_come_to() {
        RoleLedger ledger = RoleLedger.inMemory();
        ledger.record(G, Role.OPENER, A, START);
        ledger.record(G, Role.OPENER, B, START.plus(Duration.ofDays(14)));
        // C was to open at the third meeting but could not come; D opened instead
        ledger.record(G, Role.OPENER, D, START.plus(Duration.ofDays(28)));

        List<LeaderId> order = FairRoles.order(List.of(A, B, D, C), ledger.of(G, Role.OPENER));

        assertThat(order).containsExactly(C, A, B, D);
    }

    @Test
    void among_equals_the_one_who_held_the_role_longest_ago_goes_first_then_the_rotation() {
        RoleLedger ledger = RoleLedger.inMemory();
        ledger.record(G, Role.FACILITATOR, A, START.plus(Duration.ofDays(14)));
        ledger.record(G, Role.FACILITATOR, B, START);
        ledger.record(G, Role.FACILITATOR, C, START.plus(Duration.ofDays(28)));

        assertThat(FairRoles.facilitator(List.of(C, A, B), ledger.of(G, Role.FACILITATOR))).isEqualTo(B);
        assertThat(FairRoles.facilitator(List.of(C, D), Map.of())).isEqualTo(D); // not the opener, C
        assertThat(FairRoles.facilitator(List.of(C), Map.of())).isEqualTo(C); // alone, both roles
    }
}
