package se.largrupp.core.rounds.roles;

/** The roles that rotate from meeting to meeting: the samtalsledare, and who opens as the first case giver. */
public enum Role {
    FACILITATOR, OPENER
}
