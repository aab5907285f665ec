package se.largrupp.core.regrouping;

import java.time.Instant;
import java.util.List;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.Wakeups;

/**
 * What goes on between regroupings and a regrouping must respect: groups that asked to stay together (groups the
 * leaders started themselves), and the placing of whoever the regrouping left without a group. The continuity feature
 * implements it; {@link #NONE} is a programme that only regroups.
 */
public interface Continuation {
    /** The members of each active group that is to be kept together through the next regrouping. */
    List<List<LeaderId>> keepTogether(Workspace workspace);

    /** A regrouping was applied (called inside its transaction): those it left out are placed or put on the waiting list. */
    void applied(Workspace workspace, Instant now, Wakeups afterCommit);

    Continuation NONE = new Continuation() {
        @Override
        public List<List<LeaderId>> keepTogether(Workspace workspace) {
            return List.of();
        }

        @Override
        public void applied(Workspace workspace, Instant now, Wakeups afterCommit) {}
    };
}
