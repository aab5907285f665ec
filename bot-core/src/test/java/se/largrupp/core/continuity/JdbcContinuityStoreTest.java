package se.largrupp.core.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.largrupp.core.groups.GroupId;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Platform;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.testing.TestDatabases.TestDatabase;

/** The waiting list, invitations and proposals come back as saved, on H2 and on PostgreSQL. */
class JdbcContinuityStoreTest {
    private static final Workspace TEAMS = new Workspace(Platform.TEAMS, "tenant-1");
    private static final Workspace SLACK = new Workspace(Platform.SLACK, "T1");
    private static final LeaderId A = new LeaderId(TEAMS, "29:1a"), B = new LeaderId(TEAMS, "29:1b"), C = new LeaderId(TEAMS, "29:1c");
    private static final Instant T = Instant.parse("2027-01-11T08:00:00Z");

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void the_waiting_list_keeps_its_order_and_who_was_told(TestDatabase db) {
        ContinuityStore store = ContinuityStore.jdbc(db.jdbc());
        db.transactions().inTransaction(() -> {
            store.waiting().save(new WaitingEntry(B, T.plusSeconds(60), Optional.empty()));
            store.waiting().save(new WaitingEntry(A, T, Optional.empty()));
            store.waiting().save(new WaitingEntry(new LeaderId(SLACK, "U1"), T, Optional.empty()));
        });
        store.waiting().save(new WaitingEntry(A, T, Optional.of(T.plusSeconds(5))));

        assertThat(store.waiting().of(TEAMS)).containsExactly(new WaitingEntry(A, T, Optional.of(T.plusSeconds(5))),
                new WaitingEntry(B, T.plusSeconds(60), Optional.empty()));
        store.waiting().remove(A);
        assertThat(store.waiting().of(TEAMS)).extracting(WaitingEntry::leader).containsExactly(B);
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void an_invitation_comes_back_with_its_invitees_in_order_and_their_answers(TestDatabase db) {
        Invitations invitations = new JdbcInvitations(db.jdbc());
        Invitation open = new Invitation("inv1", TEAMS, Optional.of(A), true, T, T.plusSeconds(7 * 86400), Invitation.Status.OPEN,
                Optional.empty(), true, List.of(new Invitation.Invitee(C, Invitation.Answer.PENDING),
                new Invitation.Invitee(B, Invitation.Answer.ACCEPTED)));
        Invitation offer = new Invitation("inv2", TEAMS, Optional.empty(), false, T.plusSeconds(1), T.plusSeconds(99),
                Invitation.Status.FORMED, Optional.of(new GroupId("g-1")), false, List.of());
        db.transactions().inTransaction(() -> {
            invitations.save(open);
            invitations.save(offer);
        });

        assertThat(invitations.find("inv1")).contains(open);
        assertThat(invitations.inWorkspace(TEAMS)).containsExactly(open, offer);
        Invitation answered = open.answer(C, Invitation.Answer.DECLINED).closed();
        invitations.save(answered);
        assertThat(invitations.find("inv1")).contains(answered);
        invitations.save(answered.without(A));
        assertThat(invitations.find("inv1").orElseThrow().initiator()).isEmpty();
        invitations.delete("inv1");
        assertThat(invitations.inWorkspace(TEAMS)).containsExactly(offer);
        assertThat(invitations.inWorkspace(SLACK)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.largrupp.core.testing.TestDatabases#all")
    void a_proposal_comes_back_as_saved_with_both_sides_answers(TestDatabase db) {
        Proposals proposals = new JdbcProposals(db.jdbc());
        Proposal merge = new Proposal("p1", TEAMS, Proposal.Kind.MERGE, Proposal.Status.PENDING, List.of(),
                Optional.of(new GroupId("g-1")), Optional.of(new GroupId("g-2")), false, false, T);
        Proposal place = new Proposal("p2", TEAMS, Proposal.Kind.PLACE, Proposal.Status.SKIPPED, List.of(B, A),
                Optional.of(new GroupId("g-3")), Optional.empty(), false, false, T.plusSeconds(1));
        db.transactions().inTransaction(() -> {
            proposals.save(merge);
            proposals.save(place);
        });

        Proposal accepted = merge.acceptedBy(new GroupId("g-2"));
        proposals.save(accepted);
        assertThat(proposals.find("p1")).contains(accepted);
        assertThat(accepted.otherAccepted()).isTrue();
        assertThat(proposals.inWorkspace(TEAMS)).containsExactly(accepted, place);
        proposals.delete("p2");
        assertThat(proposals.inWorkspace(TEAMS)).containsExactly(accepted);
    }
}
