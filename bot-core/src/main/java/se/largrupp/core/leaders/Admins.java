package se.largrupp.core.leaders;

import java.util.Set;

/** Who runs the programme in a workspace: the configured admins plus those added in chat. */
public interface Admins {
    boolean isAdmin(LeaderId who);

    /** Admins stored for a workspace (not including the configured ones). */
    Set<LeaderId> added(Workspace workspace);

    void add(LeaderId who, LeaderId by);

    void remove(LeaderId who);
}
