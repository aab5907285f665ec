package se.largrupp.core.rounds.roles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.largrupp.core.leaders.LeaderId;

/**
 * Fair rotation by the ledger: of those present, the role goes to whoever held it fewest times, then to whoever held it
 * longest ago (never counts as longest), then by the order given. Those who cannot come are skipped and keep their
 * place: they hold the role at the next meeting they come to.
 */
public final class FairRoles {
    private FairRoles() {}

    /** The turn order with a fair opener first; the others keep the rotation's order ({@code rotated}). */
    public static List<LeaderId> order(List<LeaderId> rotated, Map<LeaderId, RoleLedger.Entry> openers) {
        if (rotated.isEmpty()) return rotated;
        LeaderId opener = fairest(rotated, openers, List.of());
        List<LeaderId> out = new ArrayList<>(List.of(opener));
        rotated.stream().filter(l -> !l.equals(opener)).forEach(out::add);
        return out;
    }

    /** The samtalsledare: the fairest of those present other than the opener (who has enough to do), unless alone. */
    public static LeaderId facilitator(List<LeaderId> order, Map<LeaderId, RoleLedger.Entry> facilitators) {
        return fairest(order, facilitators, order.isEmpty() ? List.of() : List.of(order.get(0)));
    }

    private static LeaderId fairest(List<LeaderId> present, Map<LeaderId, RoleLedger.Entry> ledger, List<LeaderId> notPreferred) {
        Comparator<LeaderId> fair = Comparator
                .comparingInt((LeaderId l) -> RoleLedger.entry(ledger, l).map(RoleLedger.Entry::times).orElse(0))
                .thenComparing(notPreferred::contains)
                .thenComparing(l -> RoleLedger.entry(ledger, l).map(RoleLedger.Entry::last).orElse(Instant.MIN))
                .thenComparingInt(present::indexOf);
        return present.stream().min(fair).orElseThrow();
    }
}
