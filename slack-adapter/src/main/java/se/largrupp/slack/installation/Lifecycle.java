package se.largrupp.slack.installation;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.largrupp.slack.SlackDistribution;
import se.largrupp.slack.SlackRefs;

/**
 * What Slack's lifecycle events do to the stored installations in the OAuth mode. An uninstall (or a revoked bot
 * token) deletes the installation at once; the programme hears of it and purges the workspace's data after the grace
 * period. An organisation-wide uninstall does that for every workspace of the organisation.
 */
public final class Lifecycle {
    private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);
    private final SlackDistribution d;

    public Lifecycle(SlackDistribution distribution) {
        this.d = distribution;
    }

    /** @param enterpriseInstall whether the event is for the organisation-wide install */
    public void removed(Optional<String> enterprise, Optional<String> team, boolean enterpriseInstall) {
        if (enterpriseInstall && enterprise.isPresent()) {
            List<String> teams = d.installations().workspacesOf(enterprise.get());
            boolean deleted = d.installations().delete(enterprise, Optional.empty());
            for (String t : teams) d.events().uninstalled(SlackRefs.workspace(t));
            log.warn("Lärgrupp was removed from a Slack organisation ({} workspaces, installation {})", teams.size(),
                    deleted ? "deleted" : "already gone");
        } else if (team.isPresent()) {
            boolean deleted = d.installations().delete(Optional.empty(), team);
            d.events().uninstalled(SlackRefs.workspace(team.get()));
            log.warn("Lärgrupp was removed from Slack workspace {} (installation {}); its data is purged after the grace period",
                    team.get(), deleted ? "deleted" : "already gone");
        }
    }

    public void granted(String enterprise, List<String> teams) {
        for (String t : teams) {
            d.installations().workspaceInOrganisation(enterprise, t);
            d.events().installed(SlackRefs.workspace(t), Optional.empty());
        }
        log.info("an organisation-wide install was granted {} more workspaces", teams.size());
    }

    public void revoked(List<String> teams) {
        for (String t : teams) {
            d.installations().workspaceLeftOrganisation(t);
            d.events().uninstalled(SlackRefs.workspace(t));
        }
        log.info("an organisation-wide install lost {} workspaces", teams.size());
    }
}
