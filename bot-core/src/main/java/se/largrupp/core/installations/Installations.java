package se.largrupp.core.installations;

import java.util.List;
import java.util.Optional;

/** The installations of a distributed app, and which workspaces an organisation-wide install covers. */
public interface Installations {
    /** Stores an install; a later install of the same workspace or organisation replaces the earlier one. */
    void save(Installation installation);

    /**
     * The installation that acts in a workspace: its own install, else the organisation-wide one of its organisation
     * ({@code enterpriseId} when the caller knows it, else the organisation the workspace was last seen in).
     */
    Optional<Installation> forWorkspace(Optional<String> enterpriseId, String teamId);

    /** The organisation-wide install of an organisation. */
    Optional<Installation> forOrganisation(String enterpriseId);

    /** Deletes the install of a workspace (or, with an empty team, the organisation-wide one); true when one was there. */
    boolean delete(Optional<String> enterpriseId, Optional<String> teamId);

    /** Remembers that a workspace belongs to an organisation (a request from it, {@code team_access_granted}). */
    void workspaceInOrganisation(String enterpriseId, String teamId);

    /** {@code team_access_revoked}: the organisation-wide install no longer acts in this workspace. */
    void workspaceLeftOrganisation(String teamId);

    /** The workspaces an organisation-wide install has been seen to cover. */
    List<String> workspacesOf(String enterpriseId);
}
