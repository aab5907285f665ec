package se.largrupp.core.insights;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;
import se.largrupp.core.port.ConversationRef;
import se.largrupp.core.port.PersonalData;
import se.largrupp.core.storage.Jdbc;
import se.largrupp.core.storage.Rows;

/** The encouragements table; forgetting a sponsor drops their draft and their name from those they sent. */
public final class JdbcEncouragements implements Encouragements, PersonalData {
    private final Jdbc jdbc;

    public JdbcEncouragements(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> draft(LeaderId sponsor) {
        return jdbc.queryOne("SELECT draft FROM encouragements WHERE sponsor_key = ? AND status = 'DRAFT'", rs -> rs.getString(1),
                sponsor.key());
    }

    @Override
    public void saveDraft(LeaderId sponsor, String draft, Instant at) {
        dropDraft(sponsor);
        jdbc.update("INSERT INTO encouragements (encouragement_id, workspace_key, sponsor_key, draft, status, created_at, recipients)"
                + " VALUES (?, ?, ?, ?, 'DRAFT', ?, 0)", UUID.randomUUID().toString(), sponsor.workspace().key(), sponsor.key(), draft, at);
    }

    @Override
    public void dropDraft(LeaderId sponsor) {
        jdbc.update("DELETE FROM encouragements WHERE sponsor_key = ? AND status = 'DRAFT'", sponsor.key());
    }

    @Override
    public Optional<Instant> lastSent(LeaderId sponsor) {
        return jdbc.query("SELECT sent_at FROM encouragements WHERE sponsor_key = ? AND status = 'SENT' ORDER BY sent_at DESC",
                rs -> Rows.instant(rs, "sent_at"), sponsor.key()).stream().findFirst();
    }

    @Override
    public void markSent(LeaderId sponsor, Instant at, int recipients) {
        jdbc.update("UPDATE encouragements SET status = 'SENT', draft = NULL, sent_at = ?, recipients = ? WHERE sponsor_key = ?"
                + " AND status = 'DRAFT'", at, recipients, sponsor.key());
    }

    @Override
    public List<Figures.Encouragement> sent(Workspace workspace) {
        return jdbc.query("SELECT sent_at, recipients FROM encouragements WHERE workspace_key = ? AND status = 'SENT'"
                + " ORDER BY sent_at DESC", rs -> new Figures.Encouragement(Rows.instant(rs, "sent_at"), rs.getInt("recipients")),
                workspace.key());
    }

    @Override
    public void erase(LeaderId leader, String displayName, Set<ConversationRef> conversations) {
        dropDraft(leader);
        jdbc.update("UPDATE encouragements SET sponsor_key = NULL WHERE sponsor_key = ?", leader.key());
    }

    /** A message still waiting in a leader's private chat may be signed with the sponsor's name. */
    @Override
    public Set<ConversationRef> conversationsNaming(LeaderId leader) {
        if (lastSent(leader).isEmpty()) return Set.of();
        return jdbc.query("SELECT leader_key FROM leaders WHERE workspace_key = ?", rs -> LeaderId.parse(rs.getString(1)),
                leader.workspace().key()).stream().map(ConversationRef::direct).collect(Collectors.toSet());
    }
}
