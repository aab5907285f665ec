package se.largrupp.core.rounds;

import java.util.ArrayList;
import java.util.List;
import se.largrupp.core.leaders.LeaderId;

/**
 * Fair rotation from meeting to meeting: last time's order shifted by one, so whoever opened last time goes last.
 * People who were not in the last round go first (they have waited longest); people absent now are left out.
 */
public final class TurnOrder {
    private TurnOrder() {}

    public static List<LeaderId> next(List<LeaderId> present, List<LeaderId> lastOrder) {
        List<LeaderId> rotated = new ArrayList<>();
        if (!lastOrder.isEmpty()) {
            rotated.addAll(lastOrder.subList(1, lastOrder.size()));
            rotated.add(lastOrder.get(0));
        }
        List<LeaderId> order = new ArrayList<>();
        present.stream().filter(p -> !rotated.contains(p)).forEach(order::add);
        rotated.stream().filter(present::contains).forEach(order::add);
        return order;
    }
}
