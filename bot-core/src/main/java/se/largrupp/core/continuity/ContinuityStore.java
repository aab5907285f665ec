package se.largrupp.core.continuity;

import java.util.Objects;
import se.largrupp.core.storage.Jdbc;

/** Where the feature keeps its state: the waiting list, invitations and proposals (tables V80). */
public record ContinuityStore(WaitingList waiting, Invitations invitations, Proposals proposals) {
    public ContinuityStore {
        Objects.requireNonNull(waiting, "waiting");
        Objects.requireNonNull(invitations, "invitations");
        Objects.requireNonNull(proposals, "proposals");
    }

    public static ContinuityStore jdbc(Jdbc jdbc) {
        return new ContinuityStore(new JdbcWaitingList(jdbc), new JdbcInvitations(jdbc), new JdbcProposals(jdbc));
    }
}
