package se.largrupp.core.orgchart;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/** The org chart as the sources tell it, and the people an import invited who are not in the programme yet. */
public interface OrgFacts {
    /** Every source's facts about a person. */
    Map<FactSource, OrgFact> of(LeaderId person);

    /** Every person of a workspace with facts, and their facts by source. */
    Map<LeaderId, Map<FactSource, OrgFact>> inWorkspace(Workspace workspace);

    /** Inserts or replaces the facts of the fact's source. */
    void save(OrgFact fact);

    /** Someone the import matched who has not joined: invited, not enrolled. Keeps the first import's time. */
    void invite(LeaderId person, String displayName, Instant at);

    /** The invited who have not joined, with their names. */
    List<Invited> invited(Workspace workspace);

    /** Records that the invitation message was sent; true the first time only, so a re-import sends none again. */
    boolean markInvitationSent(LeaderId person, Instant at);

    /** HR's not-with list of an invited person, kept until they join. */
    void saveNotWith(LeaderId person, List<LeaderId> others);

    List<LeaderId> notWith(LeaderId person);

    /** Erases every fact about the person and every mention of them in others' facts. */
    void forget(LeaderId person);

    /** The workspaces with leaders in the programme (for the nightly directory sync). */
    List<Workspace> workspacesWithLeaders();

    record Invited(LeaderId person, String displayName, Instant importedAt, Optional<Instant> invitationSentAt) {}
}
