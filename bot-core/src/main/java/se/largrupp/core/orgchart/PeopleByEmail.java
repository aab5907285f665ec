package se.largrupp.core.orgchart;

import java.util.Collection;
import java.util.Map;
import se.largrupp.core.leaders.Workspace;

/**
 * The platform's answer to "who is this e-mail address?" (Slack {@code users.lookupByEmail}; Teams: Entra ID via Graph,
 * or the e-mail/UPN of people the bot has seen). A platform call: never inside a transaction.
 */
@FunctionalInterface
public interface PeopleByEmail {
    /** A user of the workspace. */
    record Person(String userId, String displayName) {}

    /** The addresses (lower case) the workspace knows; the others are left out of the answer. */
    Map<String, Person> lookup(Workspace workspace, Collection<String> emails);
}
