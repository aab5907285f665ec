package se.largrupp.core.port;

import se.largrupp.core.leaders.LeaderId;

/**
 * Whether the platform knows a person: a real, active user of that workspace (Slack: {@code users.info}; Teams: a
 * member of the tenant the bot has seen). The manager a leader names must be someone the programme or the platform
 * knows, so a typed id that names nobody is refused instead of stored.
 */
@FunctionalInterface
public interface PeopleDirectory {
    boolean knows(LeaderId person);

    /** For deployments whose adapter cannot tell: every well-formed id of the workspace is accepted. */
    PeopleDirectory ANYONE = person -> true;
}
