package se.largrupp.slack;

import se.largrupp.core.installations.InstallationEvents;
import se.largrupp.core.installations.Installations;
import se.largrupp.core.installations.OAuthStates;

/** What the OAuth mode keeps in the application's database, and who hears of installs and uninstalls. */
public record SlackDistribution(Installations installations, OAuthStates states, InstallationEvents events) {}
