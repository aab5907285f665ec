package se.largrupp.core.insights;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.largrupp.core.leaders.LeaderId;
import se.largrupp.core.leaders.Workspace;

/** Sponsors' messages of support: one draft per sponsor until it is sent; of a sent one only when and to how many. */
public interface Encouragements {
    Optional<String> draft(LeaderId sponsor);

    /** Replaces the sponsor's draft. */
    void saveDraft(LeaderId sponsor, String draft, Instant at);

    void dropDraft(LeaderId sponsor);

    Optional<Instant> lastSent(LeaderId sponsor);

    /** The draft becomes a sent encouragement: its text is dropped, the time and the count are kept. */
    void markSent(LeaderId sponsor, Instant at, int recipients);

    /** Newest first. */
    List<Figures.Encouragement> sent(Workspace workspace);
}
