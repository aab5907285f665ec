package se.largrupp.core.leaders;

import java.util.Set;

/**
 * The sponsors stored for a workspace (managers of managers who back the programme and see its figures, never its
 * content): added in chat by an admin, or by an import such as an org chart. The configured ones
 * ({@code LARGRUPP_SPONSORS}) are never stored; {@link SponsorCheck} combines both.
 */
public interface Sponsors {
    boolean isSponsor(LeaderId who);

    /** The stored sponsors of a workspace, in the order they were added. */
    Set<LeaderId> added(Workspace workspace);

    /** Adding a sponsor twice keeps the first record. @param by the admin (or importer) who added them */
    void add(LeaderId who, LeaderId by);

    void remove(LeaderId who);
}
