package se.largrupp.core.continuity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.Language;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.Message;
import se.largrupp.core.port.Message.Block;

/**
 * Tells a leader honestly that they wait: their place in the queue, and what happens next — a place as soon as a
 * group has room, or at the next regrouping (its date when the workspace regroups on a cycle), and a group of their
 * own when three who fit together wait. Once per stay on the list.
 */
final class WaitingMessages {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private final Deps d;

    WaitingMessages(Deps d) {
        this.d = d;
    }

    /** @param queue the whole waiting list, oldest first, for the positions */
    void tell(Pool pool, List<LeaderId> waiting, List<LeaderId> queue) {
        for (WaitingEntry e : d.store().waiting().of(pool.workspace)) {
            if (e.toldAt().isPresent() || !waiting.contains(e.leader())) continue;
            int position = queue.indexOf(e.leader()) + 1;
            Language lang = d.language(e.leader());
            d.tell(e.leader(), "waiting:" + e.since().toEpochMilli() + ":" + e.leader().key(),
                    Message.of(new Block.Heading(d.messages().text(lang, "continuity.waiting.heading")),
                            new Block.Text(d.messages().text(lang, "continuity.waiting.position", position, queue.size())),
                            new Block.Text(next(lang, pool.workspace, pool.now.atZone(STOCKHOLM).toLocalDate())),
                            new Block.Context(d.messages().text(lang, "continuity.waiting.own"))));
            d.store().waiting().save(e.told(pool.now));
        }
    }

    /** What happens next, as the status shows it too. */
    String next(Language lang, Workspace ws, LocalDate today) {
        Optional<LocalDate> regroup = d.options().meetings().regroupCycle(ws).map(c -> c.nextOnOrAfter(today));
        return regroup.map(date -> d.messages().text(lang, "continuity.waiting.nextDated",
                        d.messages().day(lang, date.atStartOfDay(STOCKHOLM).toInstant())))
                .orElseGet(() -> d.messages().text(lang, "continuity.waiting.next"));
    }
}
